package org.parley.store.sql;

/** The SQL back-ends Parley runs on. Migrations and the few non-portable statements are chosen by it. */
public enum Dialect {
    SQLITE("sqlite"),
    POSTGRES("postgres");

    private final String resourceFolder;

    Dialect(String resourceFolder) {
        this.resourceFolder = resourceFolder;
    }

    /** Folder under {@code db/} on the class path that holds this dialect's migrations. */
    public String resourceFolder() {
        return resourceFolder;
    }
}
