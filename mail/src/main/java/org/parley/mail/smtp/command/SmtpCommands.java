package org.parley.mail.smtp.command;

import java.io.IOException;
import org.parley.mail.smtp.codec.SmtpCommand;
import org.parley.mail.smtp.session.CommandDispatcher;
import org.parley.mail.smtp.session.SmtpSession;

/** The dispatch table: one handler per command, chosen by an exhaustive switch. Thread-safe. */
public final class SmtpCommands implements CommandDispatcher {
    private final HeloCommand helo = new HeloCommand();
    private final EhloCommand ehlo = new EhloCommand();
    private final LhloCommand lhlo = new LhloCommand();
    private final MailCommand mail = new MailCommand();
    private final RcptCommand rcpt = new RcptCommand();
    private final DataCommand data = new DataCommand();
    private final BdatCommand bdat = new BdatCommand();
    private final RsetCommand rset = new RsetCommand();
    private final NoopCommand noop = new NoopCommand();
    private final QuitCommand quit = new QuitCommand();
    private final VrfyCommand vrfy = new VrfyCommand();
    private final ExpnCommand expn = new ExpnCommand();
    private final HelpCommand help = new HelpCommand();
    private final StartTlsCommand startTls = new StartTlsCommand();
    private final AuthCommand auth = new AuthCommand();

    @Override
    public void dispatch(SmtpCommand command, SmtpSession session) throws IOException {
        switch (command) {
            case SmtpCommand.Helo c -> helo.handle(c, session);
            case SmtpCommand.Ehlo c -> ehlo.handle(c, session);
            case SmtpCommand.Lhlo c -> lhlo.handle(c, session);
            case SmtpCommand.Mail c -> mail.handle(c, session);
            case SmtpCommand.Rcpt c -> rcpt.handle(c, session);
            case SmtpCommand.Data c -> data.handle(c, session);
            case SmtpCommand.Bdat c -> bdat.handle(c, session);
            case SmtpCommand.Rset c -> rset.handle(c, session);
            case SmtpCommand.Noop c -> noop.handle(c, session);
            case SmtpCommand.Quit c -> quit.handle(c, session);
            case SmtpCommand.Vrfy c -> vrfy.handle(c, session);
            case SmtpCommand.Expn c -> expn.handle(c, session);
            case SmtpCommand.Help c -> help.handle(c, session);
            case SmtpCommand.StartTls c -> startTls.handle(c, session);
            case SmtpCommand.Auth c -> auth.handle(c, session);
        }
    }
}
