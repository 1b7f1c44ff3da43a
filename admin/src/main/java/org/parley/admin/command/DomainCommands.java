package org.parley.admin.command;

import java.util.Map;
import org.parley.admin.codec.Reply;
import org.parley.admin.session.CommandContext;
import org.parley.core.format.CgpSyntaxException;

/**
 * Domain life cycle: LISTDOMAINS, MAINDOMAINNAME, CREATEDOMAIN, RENAMEDOMAIN, DELETEDOMAIN.
 * Everything but MAINDOMAINNAME is Master only.
 */
final class DomainCommands {
    private DomainCommands() {}

    static void register(CommandTable t) {
        t.add("LISTDOMAINS", Subject.DOMAIN, (ctx, args) -> {
            args.end();
            ctx.requireMaster();
            return new Reply.Data(ctx.directory().listDomains());
        });
        t.add("MAINDOMAINNAME", Subject.DOMAIN, (ctx, args) -> {
            args.end();
            return new Reply.Data(ctx.directory().mainDomainName());
        });
        t.add("CREATEDOMAIN", Subject.DOMAIN, DomainCommands::create);
        t.add("RENAMEDOMAIN", Subject.DOMAIN, (ctx, args) -> {
            String from = args.string("the domain name");
            args.expect("INTO");
            String to = args.string("the new domain name");
            skipPath(args);
            args.end();
            ctx.requireMaster();
            ctx.directory().renameDomain(from, to);
            return Reply.OK;
        });
        t.add("DELETEDOMAIN", Subject.DOMAIN, (ctx, args) -> {
            String name = args.string("the domain name");
            boolean force = args.keyword("FORCE");
            args.end();
            ctx.requireMaster();
            ctx.directory().deleteDomain(name, force);
            return Reply.OK;
        });
    }

    /** {@code CREATEDOMAIN name [SHARED] [PATH storage] [{settings}]}: SHARED and PATH are accepted and ignored. */
    private static Reply create(CommandContext ctx, Args args) throws CgpSyntaxException {
        String name = args.string("the domain name");
        args.keyword("SHARED"); // every domain is shared by all nodes of a PostgreSQL cluster anyway
        skipPath(args);
        Map<String, Object> settings = args.optionalDictionary("the domain settings");
        args.end();
        ctx.requireMaster();
        ctx.directory().createDomain(name, settings == null ? Map.of() : settings);
        return Reply.OK;
    }

    /** {@code PATH storage}: where CommuniGate keeps the files; Parley's store decides that itself. */
    static void skipPath(Args args) throws CgpSyntaxException {
        if (args.keyword("PATH")) {
            args.string("a storage path after PATH");
        }
    }
}
