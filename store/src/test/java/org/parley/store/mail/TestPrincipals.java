package org.parley.store.mail;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** An in-memory directory for tests: accounts {@code name@domain} with ids, and groups. */
final class TestPrincipals implements PrincipalResolver {
    private final Map<String, Long> ids = new ConcurrentHashMap<>();
    private final Map<Long, String> names = new ConcurrentHashMap<>();
    private final Map<String, Set<Long>> groups = new HashMap<>();

    TestPrincipals add(long id, String address) {
        ids.put(address.toLowerCase(Locale.ROOT), id);
        names.put(id, address.toLowerCase(Locale.ROOT));
        return this;
    }

    synchronized TestPrincipals member(String group, long id) {
        groups.computeIfAbsent(group.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(id);
        return this;
    }

    @Override
    public OptionalLong accountId(String nameOrAddress, String contextDomain) {
        String key = nameOrAddress.toLowerCase(Locale.ROOT);
        if (!key.contains("@")) {
            key = key + "@" + contextDomain.toLowerCase(Locale.ROOT);
        }
        Long id = ids.get(key);
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
    }

    @Override
    public String principal(long accountId) {
        return names.get(accountId);
    }

    @Override
    public synchronized boolean isMember(long accountId, String group) {
        return groups.getOrDefault(group.toLowerCase(Locale.ROOT), Set.of()).contains(accountId);
    }
}
