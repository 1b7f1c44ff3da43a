package org.parley.imap.codec;

import java.util.List;

/**
 * One FETCH data item (RFC 9051 §6.4.5, RFC 3516 BINARY, RFC 7162 MODSEQ). The macros ALL, FAST
 * and FULL arrive expanded. Items without arguments are records without components; the constants
 * below are shared instances, but any instance is equal to them.
 */
public sealed interface FetchItem {
    FetchItem FLAGS = new Flags();
    FetchItem UID = new Uid();
    FetchItem INTERNALDATE = new InternalDate();
    FetchItem RFC822_SIZE = new Rfc822Size();
    FetchItem ENVELOPE = new Envelope();
    FetchItem MODSEQ = new ModSeq();
    FetchItem RFC822 = new Rfc822();
    FetchItem RFC822_HEADER = new Rfc822Header();
    FetchItem RFC822_TEXT = new Rfc822Text();

    record Flags() implements FetchItem {}

    record Uid() implements FetchItem {}

    record InternalDate() implements FetchItem {}

    record Rfc822Size() implements FetchItem {}

    record Envelope() implements FetchItem {}

    /**
     * {@code BODYSTRUCTURE} ({@code extensible}) or the bare {@code BODY} item, its form without
     * extension data.
     */
    record BodyStructure(boolean extensible) implements FetchItem {}

    /**
     * {@code BODY[section]<partial>} or {@code BODY.PEEK[...]}. Without {@code peek} the server
     * sets {@code \Seen} (RFC 9051 §6.4.5). {@code partial} is null when absent.
     */
    record Body(Section section, Partial partial, boolean peek) implements FetchItem {}

    /**
     * RFC 3516 {@code BINARY[part]<partial>} / {@code BINARY.PEEK[...]}: the part decoded from its
     * content-transfer-encoding. {@code part} is empty for the whole message; {@code partial} null
     * when absent.
     */
    record Binary(List<Integer> part, Partial partial, boolean peek) implements FetchItem {
        public Binary {
            part = List.copyOf(part);
        }
    }

    /** RFC 3516 {@code BINARY.SIZE[part]}: the decoded size. */
    record BinarySize(List<Integer> part) implements FetchItem {
        public BinarySize {
            part = List.copyOf(part);
        }
    }

    /** RFC 7162 §3.1.4 {@code MODSEQ}. */
    record ModSeq() implements FetchItem {}

    /** {@code RFC822}: like BODY[] (sets \Seen), answered as {@code RFC822}. */
    record Rfc822() implements FetchItem {}

    /** {@code RFC822.HEADER}: like BODY.PEEK[HEADER], answered as {@code RFC822.HEADER}. */
    record Rfc822Header() implements FetchItem {}

    /** {@code RFC822.TEXT}: like BODY[TEXT] (sets \Seen), answered as {@code RFC822.TEXT}. */
    record Rfc822Text() implements FetchItem {}
}
