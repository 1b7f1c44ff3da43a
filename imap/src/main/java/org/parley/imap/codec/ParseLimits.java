package org.parley.imap.codec;

/**
 * Bounds on what one command may make the parser read or build. Every bound is checked before
 * the bytes are read or the structure is built; exceeding one gives an {@link ImapParseException}.
 *
 * @param maxLineLength       octets in one line (without CRLF), command line or the part of a
 *                            command between literals
 * @param maxAppendLiteral    octets of one APPEND message; advertise it as APPENDLIMIT (RFC 7889).
 *                            Over it: {@code NO [TOOBIG]}
 * @param maxStringLiteral    octets of any other literal (mailbox names, passwords, SEARCH strings).
 *                            Over it: {@code BAD [TOOBIG]}
 * @param maxCommandLiterals  total literal octets of one command (bounds MULTIAPPEND's memory).
 *                            Over it: {@code NO [TOOBIG]}
 * @param maxLiteralsPerCommand number of literals in one command
 * @param maxNonSyncLiteral   largest non-synchronizing literal {@code {n+}} accepted: 4096 when
 *                            advertising LITERAL-, {@code Long.MAX_VALUE} with LITERAL+ (RFC 7888)
 * @param maxDiscardLiteral   largest non-synchronizing literal the parser reads and throws away
 *                            after rejecting its command; above it the connection is closed
 *                            (RFC 7888 §4 allows either)
 * @param maxNestingDepth     parentheses and NOT/OR nesting
 * @param maxSearchKeys       search keys in one SEARCH/SORT/THREAD
 * @param maxSequenceRanges   elements of all sequence sets of one command
 * @param maxListItems        elements of any other list (flags, fetch items, header fields, …)
 */
public record ParseLimits(
        int maxLineLength,
        long maxAppendLiteral,
        int maxStringLiteral,
        long maxCommandLiterals,
        int maxLiteralsPerCommand,
        long maxNonSyncLiteral,
        long maxDiscardLiteral,
        int maxNestingDepth,
        int maxSearchKeys,
        int maxSequenceRanges,
        int maxListItems) {
    /** 64 KiB lines, 50 MiB messages, 64 KiB other literals, LITERAL+ semantics. */
    public static final ParseLimits DEFAULTS = new ParseLimits(
            64 * 1024, 50L * 1024 * 1024, 64 * 1024, 100L * 1024 * 1024, 1000,
            Long.MAX_VALUE, 50L * 1024 * 1024, 32, 1000, 100_000, 1000);

    public ParseLimits {
        if (maxLineLength < 64 || maxStringLiteral < 1 || maxAppendLiteral < 1 || maxCommandLiterals < 1
                || maxLiteralsPerCommand < 1 || maxNonSyncLiteral < 0 || maxDiscardLiteral < 0
                || maxNestingDepth < 2 || maxSearchKeys < 1 || maxSequenceRanges < 1 || maxListItems < 1) {
            throw new IllegalArgumentException("parse limits out of range");
        }
        if (maxAppendLiteral > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxAppendLiteral must fit in a byte array");
        }
    }

    /** These limits with LITERAL- semantics: non-synchronizing literals up to 4096 octets (RFC 7888 §5). */
    public ParseLimits withLiteralMinus() {
        return new ParseLimits(maxLineLength, maxAppendLiteral, maxStringLiteral, maxCommandLiterals,
                maxLiteralsPerCommand, 4096, maxDiscardLiteral, maxNestingDepth, maxSearchKeys,
                maxSequenceRanges, maxListItems);
    }
}
