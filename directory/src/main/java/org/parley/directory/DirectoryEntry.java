package org.parley.directory;

/**
 * One name in a domain's namespace, as the repository stores it.
 *
 * @param id        the entry's own id; for a group it owns the group's settings
 * @param domainId  the domain holding the name
 * @param name      the name as written
 * @param kind      what the name is
 * @param accountId for {@link ObjectKind#ACCOUNT} the account itself, for {@link ObjectKind#ALIAS} the
 *                  account it names; 0 otherwise
 * @param target    for {@link ObjectKind#FORWARDER} the address mail is forwarded to; null otherwise
 */
public record DirectoryEntry(long id, long domainId, String name, ObjectKind kind, long accountId, String target) {}
