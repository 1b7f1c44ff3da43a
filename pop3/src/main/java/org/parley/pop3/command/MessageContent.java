package org.parley.pop3.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.parley.pop3.codec.DotStuffingOutputStream;
import org.parley.pop3.codec.TopOutputStream;
import org.parley.pop3.session.Pop3Session;
import org.parley.pop3.session.Pop3State;
import org.parley.store.mail.MailError;
import org.parley.store.mail.MailStoreException;
import org.parley.store.mail.Pop3Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Streams a message, whole (RETR) or its top (TOP), from the blob store to the client. */
final class MessageContent {
    private static final Logger LOG = LoggerFactory.getLogger(MessageContent.class);
    private static final int CHUNK = 16 * 1024;

    private MessageContent() {}

    /**
     * @param topLines body lines to send after the header, or -1 for the whole message
     */
    static void send(Pop3Session s, Pop3State.Transaction t, int number, int topLines) throws IOException {
        Pop3Message m = Messages.live(s, t, number);
        if (m == null) {
            return;
        }
        InputStream in;
        try {
            in = t.mail().openContent(t.inbox(), m.uid());
        } catch (MailStoreException e) {
            if (e.error() != MailError.NONEXISTENT) {
                throw e;
            }
            // expunged by another session (IMAP) since the listing was taken
            s.out().err("message " + number + " is no longer available");
            return;
        }
        try (in) {
            DotStuffingOutputStream body = s.out().beginBody(topLines < 0 ? m.size() + " octets" : "top of message follows");
            TopOutputStream top = topLines < 0 ? null : new TopOutputStream(body, topLines);
            OutputStream target = top == null ? body : top;
            byte[] buf = new byte[CHUNK];
            while (top == null || !top.done()) {
                int n;
                try {
                    n = in.read(buf);
                } catch (IOException e) {
                    // the +OK is out: the only honest signal left is to drop the connection
                    LOG.warn("reading message uid {} failed after the response started: {}", m.uid(), e.getMessage());
                    s.end();
                    return;
                }
                if (n < 0) {
                    break;
                }
                target.write(buf, 0, n);
            }
            body.finish();
        }
    }
}
