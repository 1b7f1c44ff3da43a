package org.parley.store.blob;

import org.parley.store.sql.StoreException;

/** A blob that metadata refers to is missing: the store is damaged (or the name is wrong). */
public class BlobNotFoundException extends StoreException {
    public BlobNotFoundException(BlobHash hash) {
        super("blob not found: " + hash);
    }
}
