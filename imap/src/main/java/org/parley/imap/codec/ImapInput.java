package org.parley.imap.codec;

import java.io.IOException;

/**
 * Where the parser gets command bytes: the session implements it over its connection (or uses
 * {@link StreamImapInput}). The parser calls these methods only from the thread that called
 * {@link ImapParser#parse(ParseContext)}; implementations need not be thread-safe.
 *
 * <p>The parser reads a line; when the line ends with a literal announcement ({@code {n}},
 * {@code {n+}} or {@code ~{n}}) it checks n against its limits, then calls
 * {@link #readLiteral(int, boolean)}, then reads the next line, which continues the command.
 */
public interface ImapInput {
    /**
     * Reads the next line and returns it without its terminator (CRLF; a bare LF is also accepted
     * as terminator).
     *
     * @param maxLength the most octets the line may have, terminator excluded
     * @return the line, or null when the stream ends before the first octet of a line
     * @throws LineTooLongException after discarding the line through its LF, when it was longer
     *                              than {@code maxLength}
     * @throws java.io.EOFException when the stream ends inside a line
     */
    byte[] readLine(int maxLength) throws IOException;

    /**
     * Reads a literal's octets. For a synchronizing literal ({@code synchronizing == true}) the
     * implementation first sends the command continuation request ({@code + Ready for literal
     * data}, RFC 9051 §7.5) and flushes; the parser only calls this once it has accepted the size,
     * so a refused literal never gets a continuation request.
     *
     * @throws java.io.EOFException when the stream ends before {@code length} octets arrived
     */
    byte[] readLiteral(int length, boolean synchronizing) throws IOException;

    /**
     * Reads and drops {@code length} octets of a non-synchronizing literal of a rejected command
     * (RFC 7888 §4), without buffering them.
     *
     * @throws java.io.EOFException when the stream ends first
     */
    void discardLiteral(long length) throws IOException;
}
