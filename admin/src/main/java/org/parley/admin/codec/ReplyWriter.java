package org.parley.admin.codec;

import java.util.List;
import org.parley.core.format.CgpPrinter;

/**
 * Renders {@link Reply} values as wire lines (without line terminators; the server ends each with
 * CRLF, COMPAT-CGP §2.1). Stateless.
 *
 * <p>Data is always printed on a single line, also without INLINE: clients read lines "until the
 * bracket that opened the object closes", and the vendor's Perl module stops at the first line
 * that <em>ends</em> with the closing bracket, which a nested pretty-printed object would fool.
 */
public final class ReplyWriter {
    /** The status text that announces a data object on the next line. */
    public static final String DATA_FOLLOW = "data follow";

    private ReplyWriter() {}

    /**
     * @param inline whether the client sent INLINE: data then comes as {@code 201 object}
     * @return one or two lines
     */
    public static List<String> lines(Reply reply, boolean inline) {
        return switch (reply) {
            case Reply.Data d -> inline
                    ? List.of(CliCodes.OK_INLINE + " " + CgpPrinter.print(d.value()))
                    : List.of(CliCodes.OK + " " + DATA_FOLLOW, CgpPrinter.print(d.value()));
            case Reply.Status s -> List.of(s.code() + " " + oneLine(s.text()));
        };
    }

    /** Status texts never break the line structure, whatever an error message contains. */
    static String oneLine(String text) {
        if (text == null || text.isEmpty()) {
            return "-";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c < 0x20 || c == 0x7f ? ' ' : c);
        }
        return sb.toString();
    }
}
