package org.parley.admin.session;

import java.util.UUID;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.codec.CliException;
import org.parley.admin.codec.Reply;
import org.parley.admin.command.Subject;
import org.parley.core.format.CgpSyntaxException;
import org.parley.directory.DirectoryException;
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
 *       line; directory INVALID_NAME, INVALID_SETTING</td><td>501</td></tr>
 *   <tr><td>command not valid now (before login, after login, PASS without USER, TLS unavailable)</td><td>503</td></tr>
 *   <tr><td>NOT_FOUND in a domain command, or an unknown domain anywhere</td><td>512</td></tr>
 *   <tr><td>NOT_FOUND of an account, alias, forwarder or group</td><td>513</td></tr>
 *   <tr><td>login failed or throttled; VERIFYACCOUNTPASSWORD mismatch</td><td>515</td></tr>
 *   <tr><td>ALREADY_EXISTS</td><td>520</td></tr>
 *   <tr><td>NOT_EMPTY (DELETEDOMAIN without FORCE)</td><td>521</td></tr>
 *   <tr><td>PERMISSION, or the account lacks the right</td><td>530</td></tr>
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
}
