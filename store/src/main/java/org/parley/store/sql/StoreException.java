package org.parley.store.sql;

/** A storage failure the caller cannot fix by changing its input (I/O, lost database, broken schema). */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
