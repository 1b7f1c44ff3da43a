package org.parley.admin.command;

import org.parley.admin.codec.Reply;
import org.parley.core.format.CgpDate;

/** Session commands any logged-in account may use: GETVERSION, LISTCLICOMMANDS, ECHO, GETCURRENTTIME. */
final class InfoCommands {
    private InfoCommands() {}

    static void register(CommandTable t) {
        t.add("GETVERSION", Subject.SESSION, (ctx, args) -> {
            args.end();
            return new Reply.Data(ctx.info().version());
        });
        t.add("LISTCLICOMMANDS", Subject.SESSION, (ctx, args) -> {
            args.end();
            return new Reply.Data(ctx.verbs());
        });
        t.add("ECHO", Subject.SESSION, (ctx, args) -> {
            Object value = args.object("an object to echo");
            args.end();
            return new Reply.Data(value);
        });
        t.add("GETCURRENTTIME", Subject.SESSION, (ctx, args) -> {
            args.end();
            // CGP timestamps are GMT without a zone
            return new Reply.Data(CgpDate.of(ctx.info().clock().instant()));
        });
    }
}
