package org.parley.store.mail;

import org.parley.store.message.ParsedMessage;
import org.parley.store.message.ParsedMessageFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The storage form of a {@link ParsedMessage} ({@link ParsedMessage#encode()}), and the tolerant
 * way back: unreadable bytes (a damaged row, a format from a newer version) yield null, and the
 * caller recomputes the structure from the blob (see {@link StructureCache#recompute}).
 */
final class Structures {
    private static final Logger LOG = LoggerFactory.getLogger(Structures.class);

    private Structures() {}

    static byte[] encode(ParsedMessage m) {
        return m.encode();
    }

    static ParsedMessage decode(byte[] bytes) {
        try {
            return ParsedMessage.decode(bytes);
        } catch (ParsedMessageFormatException | IllegalArgumentException e) {
            LOG.warn("stored message structure unreadable; recomputing it", e);
            return null;
        }
    }
}
