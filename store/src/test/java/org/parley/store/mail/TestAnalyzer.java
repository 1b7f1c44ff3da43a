package org.parley.store.mail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.parley.store.message.ParsedMessage;

/**
 * A tiny stand-in for the message parser: reads Subject and From from the header, enough for the
 * store's denormalized columns. Throws on a message containing {@code X-Explode:} to exercise the
 * "analysis failed, store anyway" path.
 */
final class TestAnalyzer implements Function<byte[], ParsedMessage> {
    @Override
    public ParsedMessage apply(byte[] data) {
        String text = new String(data, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String header = end < 0 ? text : text.substring(0, end);
        if (header.contains("X-Explode:")) {
            throw new IllegalArgumentException("cannot parse");
        }
        String subject = field(header, "Subject");
        String from = field(header, "From");
        return new ParsedMessage(data.length, null, null, null, subject == null ? "" : subject, List.of(),
                from == null ? "" : from.toLowerCase(), "", "", from, "");
    }

    private static String field(String header, String name) {
        for (String line : header.split("\r\n")) {
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).strip();
            }
        }
        return null;
    }
}
