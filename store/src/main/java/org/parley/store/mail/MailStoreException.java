package org.parley.store.mail;

/**
 * A user-facing store failure with its {@link MailError} code; nothing was changed. Storage
 * failures (disk, lost database) are {@link org.parley.store.sql.StoreException} instead.
 */
public class MailStoreException extends RuntimeException {
    private final MailError error;

    public MailStoreException(MailError error, String message) {
        super(message);
        this.error = error;
    }

    public MailError error() {
        return error;
    }
}
