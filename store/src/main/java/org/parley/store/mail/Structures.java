package org.parley.store.mail;

import org.parley.store.message.ParsedMessage;

/**
 * The storage form of a {@link ParsedMessage}. Until the message codec is merged the structure is
 * not kept and is recomputed from the blob on demand (see {@link Appender#parsedOf}).
 */
final class Structures {
    private Structures() {}

    static byte[] encode(ParsedMessage m) {
        return null;
    }

    static ParsedMessage decode(byte[] bytes) {
        return null;
    }
}
