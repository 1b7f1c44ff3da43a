package org.parley.store.mail;

import org.parley.store.message.ParsedMessage;

/**
 * What {@code mail_blobs} keeps about a message's content besides its reference count: the
 * encoded structure and the denormalized sort/search columns (RFC 5256 sent date, base subject,
 * first addresses; RFC 5957 display names). Content-derived, so stored once per blob.
 */
record BlobColumns(
        long size,
        Long sentDate,
        String baseSubject,
        String sortFrom,
        String sortTo,
        String sortCc,
        String displayFrom,
        String displayTo,
        String messageId,
        byte[] parsed) {

    /** Columns of a message the analyzer could not read: only the size. */
    static BlobColumns unparsed(long size) {
        return new BlobColumns(size, null, null, null, null, null, null, null, null, null);
    }

    static BlobColumns of(long size, ParsedMessage m, byte[] encoded) {
        if (m == null) {
            return unparsed(size);
        }
        return new BlobColumns(
                size,
                m.sentDate() == null ? null : m.sentDate().toEpochMilli(),
                m.baseSubject(),
                m.sortFrom(),
                m.sortTo(),
                m.sortCc(),
                m.displayFrom(),
                m.displayTo(),
                m.envelope() == null ? null : m.envelope().messageId(),
                encoded);
    }
}
