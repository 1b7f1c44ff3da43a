package org.parley.mail.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.parley.store.message.BodyPart;
import org.parley.store.message.MessageParser;
import org.parley.store.message.ParsedMessage;

/**
 * A delivery status notification read back with the store's message parser, its RFC 3464
 * structure asserted on the way: multipart/report; report-type=delivery-status with a text part,
 * a delivery-status part and the returned message or headers.
 */
public record ParsedDsn(ParsedMessage message, String headers, String human, String status, String returnedType,
                        String returned) {

    public static ParsedDsn parse(byte[] raw) {
        ParsedMessage m = MessageParser.parse(raw);
        BodyPart root = m.body();
        assertThat(root.type() + "/" + root.subtype()).isEqualTo("multipart/report");
        assertThat(root.params()).containsEntry("report-type", "delivery-status");
        assertThat(root.children()).hasSize(3);
        BodyPart text = root.children().get(0);
        BodyPart status = root.children().get(1);
        BodyPart returned = root.children().get(2);
        assertThat(text.type() + "/" + text.subtype()).isEqualTo("text/plain");
        assertThat(status.type() + "/" + status.subtype()).isIn("message/delivery-status", "message/global-delivery-status");
        String headers = new String(Arrays.copyOfRange(raw, 0, (int) root.bodyStart()), StandardCharsets.UTF_8);
        return new ParsedDsn(m, headers, body(raw, text), body(raw, status), returned.type() + "/" + returned.subtype(),
                body(raw, returned));
    }

    private static String body(byte[] raw, BodyPart p) {
        return new String(Arrays.copyOfRange(raw, (int) p.bodyStart(), (int) p.end()), StandardCharsets.UTF_8);
    }

    /** True when the returned part holds the whole original, not just its header. */
    public boolean returnsFullMessage() {
        return returnedType.equals("message/rfc822") || returnedType.equals("message/global");
    }
}
