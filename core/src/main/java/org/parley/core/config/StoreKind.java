package org.parley.core.config;

/** Which metadata back-end a server runs on. */
public enum StoreKind {
    /** One SQLite file under the data directory, message bodies as files: the embedded default. */
    SQLITE,
    /** A PostgreSQL database (clusters): metadata and, for shared storage, message bodies. */
    POSTGRES
}
