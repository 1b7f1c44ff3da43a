package org.parley.imap.codec;

import java.io.IOException;

/**
 * Thrown by {@link ImapInput#readLine(int)} for a line over the limit, after the whole line was
 * read and dropped. It keeps the line's first and last octets so the parser can still answer with
 * the tag and skip a non-synchronizing literal announced at the end of the line.
 */
public final class LineTooLongException extends IOException {
    /** How many leading and trailing octets implementations should keep. */
    public static final int KEEP = 64;

    private final byte[] head;
    private final byte[] tail;

    public LineTooLongException(byte[] head, byte[] tail) {
        super("line too long", null);
        this.head = head.clone();
        this.tail = tail.clone();
    }

    /** Up to {@link #KEEP} leading octets of the line. */
    public byte[] head() {
        return head.clone();
    }

    /** Up to {@link #KEEP} trailing octets of the line, terminator excluded. */
    public byte[] tail() {
        return tail.clone();
    }
}
