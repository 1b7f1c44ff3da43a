package org.parley.admin.codec;

import java.io.EOFException;
import java.io.IOException;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import org.parley.core.format.CgpParser;
import org.parley.core.format.CgpSyntaxException;
import org.parley.core.io.LineReader;
import org.parley.core.io.LineTooLongException;

/**
 * Reads CLI responses on the client side: a status line {@code NNN text}, with the data object on
 * the same line after {@code 201} or on the following line(s) after {@code 200 data follow}.
 * Bounded by {@link CliLimits#MAX_RESPONSE}. Not thread-safe.
 */
public final class ResponseReader {
    private final LineReader in;

    public ResponseReader(LineReader in) {
        this.in = in;
    }

    /**
     * Reads one response.
     *
     * @throws EOFException if the server closed the connection before a status line
     * @throws ProtocolException if the response is not CLI syntax or its object does not parse
     */
    public CliResponse read() throws IOException {
        String line = readLine();
        if (line == null) {
            throw new EOFException("the server closed the connection");
        }
        if (line.length() < 3 || !isDigits(line.substring(0, 3)) || (line.length() > 3 && line.charAt(3) != ' ')) {
            throw new ProtocolException("not a CLI response: " + shorten(line));
        }
        int code = Integer.parseInt(line.substring(0, 3));
        String rest = line.length() > 4 ? line.substring(4) : "";
        if (code == CliCodes.OK_INLINE) {
            return new CliResponse(code, "OK", parse(rest));
        }
        if (code == CliCodes.OK && rest.strip().equalsIgnoreCase(ReplyWriter.DATA_FOLLOW)) {
            return new CliResponse(code, rest, parse(readObjectLines()));
        }
        return new CliResponse(code, rest, null);
    }

    private String readObjectLines() throws IOException {
        ObjectFramer framer = new ObjectFramer();
        StringBuilder sb = new StringBuilder();
        while (!framer.isDone()) {
            String line = readLine();
            if (line == null) {
                throw new EOFException("the server closed the connection in the middle of a data object");
            }
            if (sb.length() + line.length() > CliLimits.MAX_RESPONSE) {
                throw new ProtocolException("data object larger than " + CliLimits.MAX_RESPONSE + " characters");
            }
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(line);
            framer.feed(line);
        }
        return sb.toString();
    }

    private static Object parse(String text) throws ProtocolException {
        try {
            return CgpParser.parse(text, CliLimits.RESPONSE_OBJECTS);
        } catch (CgpSyntaxException e) {
            throw new ProtocolException("malformed data object in the response: " + e.getMessage());
        }
    }

    private String readLine() throws IOException {
        byte[] raw;
        try {
            raw = in.readLine(CliLimits.MAX_RESPONSE);
        } catch (LineTooLongException e) {
            throw new ProtocolException("response line longer than " + CliLimits.MAX_RESPONSE + " octets");
        }
        return raw == null ? null : new String(raw, StandardCharsets.UTF_8);
    }

    private static boolean isDigits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
