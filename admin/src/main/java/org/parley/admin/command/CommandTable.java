package org.parley.admin.command;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The verbs the CLI serves after login, by upper-case name. Immutable once built; thread-safe. */
public final class CommandTable {
    private final Map<String, CommandSpec> specs = new TreeMap<>();

    private CommandTable() {}

    /** Every command Parley implements, without the mail routing and queue verbs. */
    public static CommandTable standard() {
        return standard(null);
    }

    /** Every command Parley implements; the mail routing and queue verbs when {@code mail} is not null. */
    public static CommandTable standard(MailAdmin mail) {
        CommandTable t = new CommandTable();
        InfoCommands.register(t);
        DomainCommands.register(t);
        DomainSettingsCommands.register(t);
        AccountCommands.register(t);
        AccountSettingsCommands.register(t);
        ForwarderCommands.register(t);
        GroupCommands.register(t);
        AccountInfoCommands.register(t);
        MailboxCommands.register(t);
        MailboxAclCommands.register(t);
        SubscriptionCommands.register(t);
        MailboxAliasCommands.register(t);
        if (mail != null) {
            RouterCommands.register(t, mail);
            QueueCommands.register(t, mail);
        }
        return t;
    }

    void add(String verb, Subject subject, CommandHandler handler) {
        String key = verb.toUpperCase(Locale.ROOT);
        if (specs.putIfAbsent(key, new CommandSpec(key, subject, handler)) != null) {
            throw new IllegalStateException("verb registered twice: " + key);
        }
    }

    public Optional<CommandSpec> find(String verb) {
        return Optional.ofNullable(specs.get(verb));
    }

    /** The verbs, sorted. */
    public List<String> verbs() {
        return List.copyOf(specs.keySet());
    }
}
