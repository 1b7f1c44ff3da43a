package org.parley.directory.auth;

/**
 * A logged-in identity: the account's stable id, canonical name and domain. Whatever name the
 * client used (alias, domain alias, {@code root}), this is the account it resolved to.
 */
public record Authenticated(long accountId, String account, long domainId, String domain) {
    /** The principal string used everywhere: {@code account@domain}. */
    public String principal() {
        return account + "@" + domain;
    }
}
