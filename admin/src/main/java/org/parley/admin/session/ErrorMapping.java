package org.parley.admin.session;

import java.util.UUID;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.codec.CliException;
import org.parley.admin.codec.Reply;
import org.parley.admin.command.Subject;
import org.parley.core.format.CgpSyntaxException;
import org.parley.directory.DirectoryException;
import org.parley.store.mail.MailError;
import org.parley.store.mail.MailStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every refusal into a CLI status line; the one place where codes are chosen.
 *
 * <table>
 *   <caption>Errors and their codes</caption>
 *   <tr><th>error</th><th>code</th></tr>
 *   <tr><td>unknown verb</td><td>500</td></tr>
 *   <tr><td>syntax error in the arguments, missing or extra arguments, over-long or non-UTF-8
 *       line; directory INVALID_NAME, INVALID_SETTING; mail store INVALID_NAME (bad mailbox name),
 *       INVALID_ARGUMENT (unknown right letter or mailbox class, bad alias target)</td><td>501</td></tr>
 *   <tr><td>command not valid now (before login, after login, PASS without USER, TLS unavailable)</td><td>503</td></tr>
 *   <tr><td>NOT_FOUND in a domain command, or an unknown domain anywhere</td><td>512</td></tr>
 *   <tr><td>NOT_FOUND of an account, alias, forwarder or group; mail store NONEXISTENT (no such
 *       mailbox, or one the AUTH account may not see: RFC 4314 §6)</td><td>513</td></tr>
 *   <tr><td>login failed or throttled; VERIFYACCOUNTPASSWORD mismatch</td><td>515</td></tr>
 *   <tr><td>ALREADY_EXISTS, directory or mail store</td><td>520</td></tr>
 *   <tr><td>NOT_EMPTY (DELETEDOMAIN without FORCE); mail store HAS_CHILDREN</td><td>521</td></tr>
 *   <tr><td>PERMISSION, or the account lacks the right; mail store NO_PERMISSION (the AUTH account
 *       lacks an ACL right), CANNOT (delete INBOX, rename a mailbox into itself, change the owner's
 *       rights), OVER_QUOTA, TOO_BIG, LIMIT</td><td>530</td></tr>
 *   <tr><td>anything else (a bug, the database gone): logged with an incident id</td><td>599</td></tr>
 * </table>
 *
 * <p>Directory messages name the objects involved; they reach only logged-in administrators who
 * were allowed to attempt the command. Login failures never say whether the account exists.
 */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {}

    /**
     * @param subject what the failed command works on (decides 512 vs 513), or null outside a command
     */
    public static Reply.Status toReply(Exception e, Subject subject) {
        return switch (e) {
            case CliException c -> new Reply.Status(c.code(), c.getMessage());
            case CgpSyntaxException s -> new Reply.Status(CliCodes.BAD_PARAMETERS, "syntax error: " + s.getMessage());
            case DirectoryException d -> new Reply.Status(code(d, subject), d.getMessage());
            case MailStoreException m -> new Reply.Status(code(m.error()), m.getMessage());
            default -> {
                String incident = UUID.randomUUID().toString().substring(0, 8);
                LOG.error("internal error, incident {}", incident, e);
                yield new Reply.Status(CliCodes.INTERNAL_ERROR, "internal error; incident " + incident);
            }
        };
    }

    static int code(DirectoryException e, Subject subject) {
        return switch (e.code()) {
            case NOT_FOUND -> subject == Subject.DOMAIN ? CliCodes.UNKNOWN_DOMAIN : CliCodes.UNKNOWN_OBJECT;
            case ALREADY_EXISTS -> CliCodes.ALREADY_EXISTS;
            case INVALID_NAME, INVALID_SETTING -> CliCodes.BAD_PARAMETERS;
            case PERMISSION -> CliCodes.NOT_ALLOWED;
            case NOT_EMPTY -> CliCodes.NOT_EMPTY;
        };
    }

    static int code(MailError e) {
        return switch (e) {
            case NONEXISTENT -> CliCodes.UNKNOWN_OBJECT;
            case ALREADY_EXISTS -> CliCodes.ALREADY_EXISTS;
            case INVALID_NAME, INVALID_ARGUMENT -> CliCodes.BAD_PARAMETERS;
            case HAS_CHILDREN -> CliCodes.NOT_EMPTY;
            // quota and size limits cannot arise from the CLI's mailbox commands today; if one does, it is a refusal
            case NO_PERMISSION, CANNOT, OVER_QUOTA, TOO_BIG, LIMIT -> CliCodes.NOT_ALLOWED;
        };
    }
}
