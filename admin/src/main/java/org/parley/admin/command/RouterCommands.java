package org.parley.admin.command;

import org.parley.admin.codec.CliException;
import org.parley.admin.codec.Reply;
import org.parley.mail.router.RouteKind;
import org.parley.mail.router.RoutingTableException;

/**
 * The Router and the relay address lists: GETROUTERTABLE, SETROUTERTABLE, ROUTE, GETCLIENTIPS,
 * SETCLIENTIPS, GETLANIPS, SETLANIPS. Multi-line values travel as one string with {@code \e}
 * between lines (the object format turns those into LF and back). All of them are server-wide:
 * Master only. A table or list that does not parse is refused with 501 naming the line, and
 * nothing changes.
 */
final class RouterCommands {
    private RouterCommands() {}

    static void register(CommandTable t, MailAdmin mail) {
        t.add("GETROUTERTABLE", Subject.SERVER, (ctx, args) -> {
            args.end();
            ctx.requireMaster();
            return new Reply.Data(mail.routerTable().get());
        });
        t.add("SETROUTERTABLE", Subject.SERVER, (ctx, args) -> {
            String text = args.string("the router table as one string");
            args.end();
            ctx.requireMaster();
            try {
                mail.routerTable().set(text);
            } catch (RoutingTableException e) {
                throw CliException.badParameters("router table " + e.getMessage());
            }
            return Reply.OK;
        });
        t.add("ROUTE", Subject.SERVER, (ctx, args) -> {
            String address = args.string("the address to route");
            String kind = args.optionalString();
            args.end();
            ctx.requireMaster();
            RouteKind k;
            try {
                // COMPAT-CGP §2.5: the default is access
                k = kind == null ? RouteKind.ACCESS : RouteKind.parse(kind);
            } catch (IllegalArgumentException e) {
                throw CliException.badParameters(e.getMessage());
            }
            return new Reply.Data(mail.router().route(address, k).cli().toList());
        });
        t.add("GETCLIENTIPS", Subject.SERVER, (ctx, args) -> {
            args.end();
            ctx.requireMaster();
            return new Reply.Data(mail.clientIps().clientIpsText());
        });
        t.add("SETCLIENTIPS", Subject.SERVER, (ctx, args) -> {
            String text = args.string("the address list as one string");
            args.end();
            ctx.requireMaster();
            try {
                mail.clientIps().setClientIps(text);
            } catch (IllegalArgumentException e) {
                throw CliException.badParameters("ClientIPs " + e.getMessage());
            }
            return Reply.OK;
        });
        t.add("GETLANIPS", Subject.SERVER, (ctx, args) -> {
            args.end();
            ctx.requireMaster();
            return new Reply.Data(mail.clientIps().lanIpsText());
        });
        t.add("SETLANIPS", Subject.SERVER, (ctx, args) -> {
            String text = args.string("the address list as one string");
            args.end();
            ctx.requireMaster();
            try {
                mail.clientIps().setLanIps(text);
            } catch (IllegalArgumentException e) {
                throw CliException.badParameters("LANIPs " + e.getMessage());
            }
            return Reply.OK;
        });
    }
}
