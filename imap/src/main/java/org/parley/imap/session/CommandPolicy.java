package org.parley.imap.session;

import org.parley.imap.codec.ImapCommand;

/**
 * Which commands each {@link SessionState} allows (RFC 9051 §6: "valid in ... state"), in one
 * place. A command outside its states is answered {@code BAD} and changes nothing.
 */
public final class CommandPolicy {
    private CommandPolicy() {}

    /** Null when {@code command} may run in {@code state}, else the text of the BAD reply. */
    public static String refusal(SessionState state, ImapCommand command) {
        Scope scope = scope(command);
        return switch (state) {
            case SessionState.NotAuthenticated n -> switch (scope) {
                case ANY, NOT_AUTHENTICATED -> null;
                case AUTHENTICATED_ONLY, AUTHENTICATED, SELECTED -> "log in first";
            };
            case SessionState.Authenticated a -> switch (scope) {
                case ANY, AUTHENTICATED, AUTHENTICATED_ONLY -> null;
                case NOT_AUTHENTICATED -> "already authenticated";
                case SELECTED -> "no mailbox selected";
            };
            case SessionState.Selected s -> switch (scope) {
                case ANY, AUTHENTICATED, SELECTED -> null;
                case NOT_AUTHENTICATED -> "already authenticated";
                // RFC 5161 §3.1: ENABLE only in the authenticated state
                case AUTHENTICATED_ONLY -> "not allowed while a mailbox is selected";
            };
            case SessionState.Logout l -> "logging out";
        };
    }

    private enum Scope {
        ANY,
        NOT_AUTHENTICATED,
        /** Authenticated state only, not while selected. */
        AUTHENTICATED_ONLY,
        /** Authenticated or selected. */
        AUTHENTICATED,
        SELECTED
    }

    private static Scope scope(ImapCommand command) {
        return switch (command) {
            // RFC 9051 §6.1, RFC 2971 §3.1 (ID in any state)
            case ImapCommand.Capability c -> Scope.ANY;
            case ImapCommand.Noop c -> Scope.ANY;
            case ImapCommand.Logout c -> Scope.ANY;
            case ImapCommand.Id c -> Scope.ANY;
            // RFC 9051 §6.2
            case ImapCommand.StartTls c -> Scope.NOT_AUTHENTICATED;
            case ImapCommand.Authenticate c -> Scope.NOT_AUTHENTICATED;
            case ImapCommand.Login c -> Scope.NOT_AUTHENTICATED;
            case ImapCommand.Enable c -> Scope.AUTHENTICATED_ONLY;
            // RFC 4978 §3: after authentication
            case ImapCommand.Compress c -> Scope.AUTHENTICATED;
            // RFC 9051 §6.3
            case ImapCommand.Select c -> Scope.AUTHENTICATED;
            case ImapCommand.Create c -> Scope.AUTHENTICATED;
            case ImapCommand.Delete c -> Scope.AUTHENTICATED;
            case ImapCommand.Rename c -> Scope.AUTHENTICATED;
            case ImapCommand.Subscribe c -> Scope.AUTHENTICATED;
            case ImapCommand.Unsubscribe c -> Scope.AUTHENTICATED;
            case ImapCommand.ListMailboxes c -> Scope.AUTHENTICATED;
            case ImapCommand.Lsub c -> Scope.AUTHENTICATED;
            case ImapCommand.Namespace c -> Scope.AUTHENTICATED;
            case ImapCommand.Status c -> Scope.AUTHENTICATED;
            case ImapCommand.Append c -> Scope.AUTHENTICATED;
            case ImapCommand.Idle c -> Scope.AUTHENTICATED;
            case ImapCommand.SetAcl c -> Scope.AUTHENTICATED;
            case ImapCommand.DeleteAcl c -> Scope.AUTHENTICATED;
            case ImapCommand.GetAcl c -> Scope.AUTHENTICATED;
            case ImapCommand.ListRights c -> Scope.AUTHENTICATED;
            case ImapCommand.MyRights c -> Scope.AUTHENTICATED;
            case ImapCommand.GetQuota c -> Scope.AUTHENTICATED;
            case ImapCommand.GetQuotaRoot c -> Scope.AUTHENTICATED;
            case ImapCommand.SetQuota c -> Scope.AUTHENTICATED;
            // RFC 9051 §6.4
            case ImapCommand.Check c -> Scope.SELECTED;
            case ImapCommand.Close c -> Scope.SELECTED;
            case ImapCommand.Unselect c -> Scope.SELECTED;
            case ImapCommand.Expunge c -> Scope.SELECTED;
            case ImapCommand.Search c -> Scope.SELECTED;
            case ImapCommand.Fetch c -> Scope.SELECTED;
            case ImapCommand.Store c -> Scope.SELECTED;
            case ImapCommand.Copy c -> Scope.SELECTED;
            case ImapCommand.Move c -> Scope.SELECTED;
            case ImapCommand.Sort c -> Scope.SELECTED;
            case ImapCommand.ThreadMessages c -> Scope.SELECTED;
        };
    }
}
