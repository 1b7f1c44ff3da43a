package org.parley.store.message;

/**
 * Computes what the store keeps about a message at append (SMTP delivery, IMAP APPEND), once, so
 * that FETCH, SEARCH, SORT and THREAD never re-parse it. The store takes one as a constructor
 * argument; {@link MessageParser} is the implementation.
 *
 * <p>Contract: {@link #analyze} is pure and thread-safe, never refuses mail and never throws for
 * any content — broken MIME still yields a sensible structure whose offsets lie within the input.
 * The caller bounds the message size: analysis holds only small per-part state besides the input.
 */
@FunctionalInterface
public interface MessageAnalyzer {
    /**
     * Analyzes a complete raw message exactly as it will be stored (offsets refer to these bytes).
     *
     * @param raw the message; not modified, not retained
     * @return its structure, envelope and sort keys; never null
     * @throws NullPointerException if {@code raw} is null
     */
    ParsedMessage analyze(byte[] raw);
}
