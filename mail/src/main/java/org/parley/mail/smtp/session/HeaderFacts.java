package org.parley.mail.smtp.session;

/**
 * What the header section of a received message says about trace and identity fields. The scan
 * stops at the first empty line (RFC 5322 §2.1) or the end of the content, so its cost is bounded
 * by the header section.
 *
 * @param receivedCount {@code Received:} fields (RFC 5321 §6.3 loop detection)
 * @param hasMessageId  a {@code Message-ID:} field is present (RFC 6409 §8.3)
 * @param hasDate       a {@code Date:} field is present (RFC 6409 §8.2)
 */
public record HeaderFacts(int receivedCount, boolean hasMessageId, boolean hasDate) {

    public static HeaderFacts scan(byte[] data, int length) {
        int received = 0;
        boolean messageId = false;
        boolean date = false;
        int i = 0;
        while (i < length) {
            int lineEnd = i;
            while (lineEnd < length && data[lineEnd] != '\n') {
                lineEnd++;
            }
            int contentEnd = lineEnd > i && data[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            if (contentEnd == i) {
                break; // the empty line that ends the header section
            }
            byte first = data[i];
            if (first != ' ' && first != '\t') {
                if (isField(data, i, contentEnd, "received")) {
                    received++;
                } else if (isField(data, i, contentEnd, "message-id")) {
                    messageId = true;
                } else if (isField(data, i, contentEnd, "date")) {
                    date = true;
                }
            }
            i = lineEnd + 1;
        }
        return new HeaderFacts(received, messageId, date);
    }

    /** RFC 5322 §3.6: field name (any case), optional WSP (obsolete syntax), colon. */
    private static boolean isField(byte[] data, int start, int end, String lowerName) {
        int n = lowerName.length();
        if (end - start < n + 1) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            int c = data[start + k];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lowerName.charAt(k)) {
                return false;
            }
        }
        for (int k = start + n; k < end; k++) {
            if (data[k] == ':') {
                return true;
            }
            if (data[k] != ' ' && data[k] != '\t') {
                return false;
            }
        }
        return false;
    }
}
