package org.parley.directory;

/**
 * An account as stored: its stable id (other tables refer to it), its name as written at creation
 * or rename, and its domain.
 */
public record AccountRef(long id, String name, long domainId, String domain) {
    /** The principal string used everywhere: {@code account@domain}. */
    public String principal() {
        return name + "@" + domain;
    }
}
