package org.parley.admin.command;

import java.util.Map;
import org.parley.admin.codec.Reply;
import org.parley.admin.session.CommandContext;
import org.parley.core.format.CgpSyntaxException;
import org.parley.directory.AccessRight;
import org.parley.directory.DomainRef;

/**
 * Domain settings, domain aliases, account defaults and the server-wide dictionaries. Reading a
 * domain's dictionaries needs administration of the domain; changing them needs BasicSettings
 * there; domain aliases, SETDOMAINSETTINGS and everything server-wide are Master only.
 */
final class DomainSettingsCommands {
    private DomainSettingsCommands() {}

    static void register(CommandTable t) {
        t.add("GETDOMAINSETTINGS", Subject.DOMAIN, (ctx, args) ->
                new Reply.Data(ctx.directory().getDomainSettings(readDomain(ctx, args).name())));
        t.add("GETDOMAINEFFECTIVESETTINGS", Subject.DOMAIN, (ctx, args) ->
                new Reply.Data(ctx.directory().getDomainEffectiveSettings(readDomain(ctx, args).name()).values()));
        t.add("UPDATEDOMAINSETTINGS", Subject.DOMAIN, (ctx, args) -> {
            DomainUpdate u = domainUpdate(ctx, args, "the settings to change");
            ctx.directory().updateDomainSettings(u.domain().name(), u.settings());
            return Reply.OK;
        });
        t.add("SETDOMAINSETTINGS", Subject.DOMAIN, (ctx, args) -> {
            String name = args.string("the domain name");
            Map<String, Object> settings = args.dictionary("the domain settings");
            args.end();
            ctx.requireMaster();
            ctx.directory().setDomainSettings(ctx.domain(name).name(), settings);
            return Reply.OK;
        });
        t.add("GETDOMAINALIASES", Subject.DOMAIN, (ctx, args) ->
                new Reply.Data(ctx.directory().getDomainAliases(readDomain(ctx, args).name())));
        t.add("SETDOMAINALIASES", Subject.DOMAIN, (ctx, args) -> {
            String name = args.string("the domain name");
            var aliases = args.stringArray("the domain aliases");
            args.end();
            ctx.requireMaster();
            ctx.domain(name); // 512 before the directory's own checks
            ctx.directory().setDomainAliases(name, aliases);
            return Reply.OK;
        });
        t.add("GETACCOUNTDEFAULTS", Subject.DOMAIN, (ctx, args) ->
                new Reply.Data(ctx.directory().getAccountDefaults(readDomain(ctx, args).name())));
        t.add("UPDATEACCOUNTDEFAULTS", Subject.DOMAIN, (ctx, args) -> {
            DomainUpdate u = domainUpdate(ctx, args, "the account defaults to change");
            ctx.directory().updateAccountDefaults(u.domain().name(), u.settings());
            return Reply.OK;
        });
        registerServerWide(t);
    }

    private static void registerServerWide(CommandTable t) {
        t.add("GETSERVERACCOUNTDEFAULTS", Subject.SERVER, (ctx, args) -> {
            masterOnly(ctx, args);
            return new Reply.Data(ctx.directory().getServerAccountDefaults());
        });
        t.add("UPDATESERVERACCOUNTDEFAULTS", Subject.SERVER, (ctx, args) -> {
            ctx.directory().updateServerAccountDefaults(masterDictionary(ctx, args));
            return Reply.OK;
        });
        t.add("GETDOMAINDEFAULTS", Subject.SERVER, (ctx, args) -> {
            masterOnly(ctx, args);
            return new Reply.Data(ctx.directory().getServerDomainDefaults());
        });
        t.add("UPDATEDOMAINDEFAULTS", Subject.SERVER, (ctx, args) -> {
            ctx.directory().updateServerDomainDefaults(masterDictionary(ctx, args));
            return Reply.OK;
        });
        t.add("GETSERVERSETTINGS", Subject.SERVER, (ctx, args) -> {
            masterOnly(ctx, args);
            return new Reply.Data(ctx.directory().getServerSettings());
        });
        t.add("UPDATESERVERSETTINGS", Subject.SERVER, (ctx, args) -> {
            ctx.directory().updateServerSettings(masterDictionary(ctx, args));
            return Reply.OK;
        });
    }

    /** {@code VERB [domain]}: the domain (default: the administrator's own) after the read check. */
    private static DomainRef readDomain(CommandContext ctx, Args args) throws CgpSyntaxException {
        String name = args.optionalString();
        args.end();
        return ctx.administeredDomain(name, null);
    }

    private record DomainUpdate(DomainRef domain, Map<String, Object> settings) {}

    /** {@code VERB [domain] {…}} with the BasicSettings check. */
    private static DomainUpdate domainUpdate(CommandContext ctx, Args args, String what) throws CgpSyntaxException {
        String name = args.optionalString();
        Map<String, Object> settings = args.dictionary(what);
        args.end();
        return new DomainUpdate(ctx.administeredDomain(name, AccessRight.BASIC_SETTINGS), settings);
    }

    private static void masterOnly(CommandContext ctx, Args args) throws CgpSyntaxException {
        args.end();
        ctx.requireMaster();
    }

    private static Map<String, Object> masterDictionary(CommandContext ctx, Args args) throws CgpSyntaxException {
        Map<String, Object> settings = args.dictionary("the settings to change");
        args.end();
        ctx.requireMaster();
        return settings;
    }
}
