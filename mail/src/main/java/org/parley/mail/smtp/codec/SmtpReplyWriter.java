package org.parley.mail.smtp.codec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Encodes {@link SmtpReply} values for the wire: {@code 250-first}, {@code 250-…}, {@code 250 last}
 * (RFC 5321 §4.2.1), each line with the enhanced status code when present (RFC 2034 §4), CRLF
 * terminated. Stateless and thread-safe.
 */
public final class SmtpReplyWriter {

    private SmtpReplyWriter() {
    }

    /** The reply as wire octets (UTF-8; ASCII unless the text holds non-ASCII). */
    public static byte[] encode(SmtpReply reply) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * reply.lines().size());
        int n = reply.lines().size();
        for (int i = 0; i < n; i++) {
            StringBuilder line = new StringBuilder(80);
            line.append(reply.code());
            String text = reply.lines().get(i);
            boolean last = i == n - 1;
            // RFC 5321 §4.2.1: Reply-line = *( Reply-code "-" [ textstring ] CRLF )
            //                                 Reply-code [ SP textstring ] CRLF
            if (!last) {
                line.append('-');
            } else if (reply.status() != null || !text.isEmpty()) {
                line.append(' ');
            }
            if (reply.status() != null) {
                line.append(reply.status());
                if (!text.isEmpty()) {
                    line.append(' ');
                }
            }
            line.append(text).append("\r\n");
            out.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** Writes the encoded reply; does not flush (the session flushes once per pipelined batch). */
    public static void write(SmtpReply reply, OutputStream out) throws IOException {
        out.write(encode(reply));
    }
}
