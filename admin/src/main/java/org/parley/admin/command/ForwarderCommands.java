package org.parley.admin.command;

import org.parley.admin.codec.Reply;
import org.parley.directory.AccessRight;
import org.parley.directory.DomainRef;

/**
 * Forwarders: LISTFORWARDERS, CREATEFORWARDER, RENAMEFORWARDER, DELETEFORWARDER, GETFORWARDER,
 * FINDFORWARDERS. Changes need CanCreateForwarders in the forwarder's domain.
 */
final class ForwarderCommands {
    private ForwarderCommands() {}

    static void register(CommandTable t) {
        t.add("LISTFORWARDERS", Subject.FORWARDER, (ctx, args) -> {
            String domain = args.optionalString();
            args.end();
            DomainRef d = ctx.administeredDomain(domain, null);
            return new Reply.Data(ctx.directory().listForwarders(d.name()));
        });
        t.add("CREATEFORWARDER", Subject.FORWARDER, (ctx, args) -> {
            String name = args.string("the forwarder name");
            args.expect("TO");
            String target = args.string("the forwarding address");
            args.end();
            ctx.directory().createForwarder(ctx.administeredName(name, AccessRight.CAN_CREATE_FORWARDERS), target);
            return Reply.OK;
        });
        t.add("RENAMEFORWARDER", Subject.FORWARDER, (ctx, args) -> {
            String from = args.string("the forwarder name");
            args.expect("INTO");
            String to = args.string("the new forwarder name");
            args.end();
            ctx.directory().renameForwarder(ctx.administeredName(from, AccessRight.CAN_CREATE_FORWARDERS), to);
            return Reply.OK;
        });
        t.add("DELETEFORWARDER", Subject.FORWARDER, (ctx, args) -> {
            String name = args.string("the forwarder name");
            args.end();
            ctx.directory().deleteForwarder(ctx.administeredName(name, AccessRight.CAN_CREATE_FORWARDERS));
            return Reply.OK;
        });
        t.add("GETFORWARDER", Subject.FORWARDER, (ctx, args) -> {
            String name = args.string("the forwarder name");
            args.end();
            return new Reply.Data(ctx.directory().getForwarder(ctx.administeredName(name, null)));
        });
        t.add("FINDFORWARDERS", Subject.FORWARDER, (ctx, args) -> {
            String domain = args.string("the domain name");
            args.expect("TO");
            String target = args.string("the forwarding address");
            args.end();
            DomainRef d = ctx.administeredDomain(domain, null);
            return new Reply.Data(ctx.directory().findForwarders(d.name(), target));
        });
    }
}
