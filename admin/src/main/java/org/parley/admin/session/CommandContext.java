package org.parley.admin.session;

import java.util.List;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.codec.CliException;
import org.parley.admin.command.ServerInfo;
import org.parley.directory.AccessRight;
import org.parley.directory.AccountRef;
import org.parley.directory.Directory;
import org.parley.directory.DomainRef;
import org.parley.directory.ObjectAddress;
import org.parley.store.mail.MailStore;

/**
 * What a command handler gets from its session: the directory and the mail store, the logged-in
 * {@link Actor}, name resolution in the CLI's terms, and the object-level checks of
 * {@link Permissions}.
 *
 * <p>Naming (COMPAT-CGP §2.3): {@code name@domain} names an object in that domain (or domain
 * alias); a bare {@code name} is in the administrator's own domain; {@code *} is the logged-in
 * account. An omitted domain argument is the administrator's own domain. Each lookup answers 512
 * for an unknown domain before any right is checked, and checks the domain right before it looks
 * at the object, so a domain administrator learns nothing about objects elsewhere.
 *
 * <p>One per command; not thread-safe.
 */
public final class CommandContext {
    private final Directory directory;
    private final MailStore mailStore;
    private final Permissions permissions;
    private final Actor actor;
    private final ServerInfo info;
    private final List<String> verbs;

    CommandContext(Directory directory, MailStore mailStore, Permissions permissions, Actor actor, ServerInfo info,
            List<String> verbs) {
        this.directory = directory;
        this.mailStore = mailStore;
        this.permissions = permissions;
        this.actor = actor;
        this.info = info;
        this.verbs = verbs;
    }

    public Directory directory() {
        return directory;
    }

    /** Mailboxes, ACLs, subscriptions, folder aliases and usage (the mailbox commands). */
    public MailStore mailStore() {
        return mailStore;
    }

    public Actor actor() {
        return actor;
    }

    public ServerInfo info() {
        return info;
    }

    /** Every verb the CLI knows, sorted (LISTCLICOMMANDS). */
    public List<String> verbs() {
        return verbs;
    }

    /** {@code *} → the actor; {@code name} → {@code name@actor's domain}; {@code name@domain} unchanged. */
    public String qualify(String name) {
        if (name.equals("*")) {
            return actor.principal();
        }
        return name.indexOf('@') < 0 ? name + "@" + actor.account().domain() : name;
    }

    /** The domain a name (or alias) designates, null meaning the actor's own; 512 if unknown. */
    public DomainRef domain(String nameOrNull) {
        if (nameOrNull == null) {
            return directory.domain(actor.account().domainId())
                    .orElseThrow(() -> unknownDomain(actor.account().domain()));
        }
        return directory.resolveDomain(nameOrNull).orElseThrow(() -> unknownDomain(nameOrNull));
    }

    /** The domain of a qualified address; 512 if unknown. */
    public DomainRef domainOf(String qualifiedAddress) {
        return domain(ObjectAddress.parse(qualifiedAddress).domain());
    }

    /** Master only. */
    public void requireMaster() {
        permissions.requireMaster(actor);
    }

    /** The domain (null: own), after checking the actor administers it (plus {@code right} if not null). */
    public DomainRef administeredDomain(String nameOrNull, AccessRight right) {
        DomainRef d = domain(nameOrNull);
        permissions.requireDomain(actor, d, right);
        return d;
    }

    /**
     * Qualifies an object name and checks the actor administers its domain (plus {@code right}).
     *
     * @return the qualified {@code name@domain}
     */
    public String administeredName(String name, AccessRight right) {
        String q = qualify(name);
        permissions.requireDomain(actor, domainOf(q), right);
        return q;
    }

    /** An account to read: qualified, domain administered, then looked up (513 if unknown). */
    public AccountRef accountToRead(String name) {
        return directory.findAccount(administeredName(name, null));
    }

    /**
     * An account to change: as {@link #accountToRead} plus {@code right}, and Master accounts only
     * for Masters.
     */
    public AccountRef accountToChange(String name, AccessRight right) {
        AccountRef a = directory.findAccount(administeredName(name, right));
        permissions.requireMayChange(actor, a);
        return a;
    }

    private static CliException unknownDomain(String name) {
        String shown = name.length() > 80 ? name.substring(0, 80) + "..." : name;
        return new CliException(CliCodes.UNKNOWN_DOMAIN, "unknown domain " + shown);
    }
}
