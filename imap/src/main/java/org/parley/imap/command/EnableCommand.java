package org.parley.imap.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.UntaggedResponse;
import org.parley.imap.session.Extensions;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;

/**
 * RFC 5161 ENABLE: IMAP4rev2 (RFC 9051 §6.3.1), UTF8=ACCEPT (RFC 6855 §3), CONDSTORE and QRESYNC
 * (RFC 7162 §3.2.3). Unknown names are ignored; {@code * ENABLED} lists what this command newly
 * turned on.
 */
final class EnableCommand {
    private EnableCommand() {}

    static Reply run(ImapCommand.Enable c, ImapSession s) throws IOException {
        Extensions e = s.extensions();
        List<String> enabled = new ArrayList<>();
        for (String cap : c.capabilities()) {
            switch (cap) {
                case "IMAP4REV2" -> {
                    if (!e.imap4rev2()) {
                        e.enableImap4rev2();
                        enabled.add("IMAP4rev2");
                    }
                }
                case "UTF8=ACCEPT" -> {
                    if (!e.utf8Accept()) {
                        e.enableUtf8Accept();
                        enabled.add("UTF8=ACCEPT");
                    }
                }
                case "CONDSTORE" -> {
                    if (!e.condstore()) {
                        e.enableCondstore();
                        enabled.add("CONDSTORE");
                    }
                }
                case "QRESYNC" -> {
                    if (!e.qresync()) {
                        e.enableQresync();
                        enabled.add("QRESYNC");
                    }
                }
                default -> {
                    // RFC 5161 §3.1: unknown or non-enablable capabilities are ignored
                }
            }
        }
        s.out().utf8(e.utf8());
        s.out().write(new UntaggedResponse.Enabled(enabled));
        return Reply.ok("ENABLE completed");
    }
}
