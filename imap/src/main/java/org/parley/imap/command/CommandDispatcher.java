package org.parley.imap.command;

import java.io.IOException;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.session.CommandHandler;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;

/** Routes each command record to its handler class: one exhaustive switch, one class per command. */
public final class CommandDispatcher implements CommandHandler {
    public static final CommandDispatcher INSTANCE = new CommandDispatcher();

    private CommandDispatcher() {}

    @Override
    public Reply handle(String tag, ImapCommand command, ImapSession s) throws IOException {
        return switch (command) {
            case ImapCommand.Capability c -> CapabilityCommand.run(s);
            case ImapCommand.Noop c -> Reply.ok("NOOP completed");
            case ImapCommand.Logout c -> s.logout(tag);
            case ImapCommand.StartTls c -> s.startTls(tag);
            case ImapCommand.Authenticate c -> AuthenticateCommand.run(tag, c, s);
            case ImapCommand.Login c -> LoginCommand.run(c, s);
            case ImapCommand.Enable c -> EnableCommand.run(c, s);
            case ImapCommand.Id c -> IdCommand.run(c, s);
            case ImapCommand.Compress c -> CompressCommand.run(tag, c, s);
            case ImapCommand.Select c -> SelectCommand.run(c, s);
            case ImapCommand.Create c -> CreateCommand.run(c, s);
            case ImapCommand.Delete c -> DeleteCommand.run(c, s);
            case ImapCommand.Rename c -> RenameCommand.run(c, s);
            case ImapCommand.Subscribe c -> SubscribeCommand.run(c, s);
            case ImapCommand.Unsubscribe c -> UnsubscribeCommand.run(c, s);
            case ImapCommand.ListMailboxes c -> ListCommand.run(c, s);
            case ImapCommand.Lsub c -> LsubCommand.run(c, s);
            case ImapCommand.Namespace c -> NamespaceCommand.run(s);
            case ImapCommand.Status c -> StatusCommand.run(c, s);
            case ImapCommand.Append c -> AppendCommand.run(c, s);
            case ImapCommand.Idle c -> s.idle();
            case ImapCommand.Check c -> Reply.ok("CHECK completed");
            case ImapCommand.Close c -> CloseCommand.run(s);
            case ImapCommand.Unselect c -> UnselectCommand.run(s);
            case ImapCommand.Expunge c -> ExpungeCommand.run(c, s);
            case ImapCommand.Search c -> SearchCommand.run(tag, c, s);
            case ImapCommand.Fetch c -> FetchCommand.run(c, s);
            case ImapCommand.Store c -> StoreCommand.run(c, s);
            case ImapCommand.Copy c -> CopyCommand.run(c, s);
            case ImapCommand.Move c -> MoveCommand.run(c, s);
            case ImapCommand.Sort c -> SortCommand.run(c, s);
            case ImapCommand.ThreadMessages c -> ThreadCommand.run(c, s);
            case ImapCommand.SetAcl c -> SetAclCommand.run(c, s);
            case ImapCommand.DeleteAcl c -> DeleteAclCommand.run(c, s);
            case ImapCommand.GetAcl c -> GetAclCommand.run(c, s);
            case ImapCommand.ListRights c -> ListRightsCommand.run(c, s);
            case ImapCommand.MyRights c -> MyRightsCommand.run(c, s);
            case ImapCommand.GetQuota c -> GetQuotaCommand.run(c, s);
            case ImapCommand.GetQuotaRoot c -> GetQuotaRootCommand.run(c, s);
            case ImapCommand.SetQuota c -> SetQuotaCommand.run(s);
        };
    }
}
