package org.parley.admin.command;

import java.util.Map;
import org.parley.admin.codec.Reply;
import org.parley.directory.AccessRight;
import org.parley.directory.DomainRef;

/**
 * Groups: LISTGROUPS, CREATEGROUP, RENAMEGROUP, DELETEGROUP, GETGROUP, SETGROUP. Changes need
 * CanCreateGroups in the group's domain.
 */
final class GroupCommands {
    private GroupCommands() {}

    static void register(CommandTable t) {
        t.add("LISTGROUPS", Subject.GROUP, (ctx, args) -> {
            String domain = args.optionalString();
            args.end();
            DomainRef d = ctx.administeredDomain(domain, null);
            return new Reply.Data(ctx.directory().listGroups(d.name()));
        });
        t.add("CREATEGROUP", Subject.GROUP, (ctx, args) -> {
            String name = args.string("the group name");
            Map<String, Object> settings = args.optionalDictionary("the group settings");
            args.end();
            ctx.directory().createGroup(ctx.administeredName(name, AccessRight.CAN_CREATE_GROUPS),
                    settings == null ? Map.of() : settings);
            return Reply.OK;
        });
        t.add("RENAMEGROUP", Subject.GROUP, (ctx, args) -> {
            String from = args.string("the group name");
            args.expect("INTO");
            String to = args.string("the new group name");
            args.end();
            ctx.directory().renameGroup(ctx.administeredName(from, AccessRight.CAN_CREATE_GROUPS), to);
            return Reply.OK;
        });
        t.add("DELETEGROUP", Subject.GROUP, (ctx, args) -> {
            String name = args.string("the group name");
            args.end();
            ctx.directory().deleteGroup(ctx.administeredName(name, AccessRight.CAN_CREATE_GROUPS));
            return Reply.OK;
        });
        t.add("GETGROUP", Subject.GROUP, (ctx, args) -> {
            String name = args.string("the group name");
            args.end();
            return new Reply.Data(ctx.directory().getGroup(ctx.administeredName(name, null)));
        });
        t.add("SETGROUP", Subject.GROUP, (ctx, args) -> {
            String name = args.string("the group name");
            Map<String, Object> settings = args.dictionary("the group settings");
            args.end();
            ctx.directory().setGroup(ctx.administeredName(name, AccessRight.CAN_CREATE_GROUPS), settings);
            return Reply.OK;
        });
    }
}
