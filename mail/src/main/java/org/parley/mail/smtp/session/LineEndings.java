package org.parley.mail.smtp.session;

/**
 * Checks on BDAT content, which the DATA decoder does not see: bare CR or LF (RFC 5321 §2.3.8) and
 * NUL octets. DATA content gets the same checks from {@link org.parley.mail.smtp.codec.DataDecoder}.
 */
public final class LineEndings {
    private LineEndings() {}

    /** True when a CR or LF appears outside a CRLF pair. */
    public static boolean hasBare(byte[] data, int length) {
        for (int i = 0; i < length; i++) {
            byte b = data[i];
            if (b == '\r') {
                if (i + 1 >= length || data[i + 1] != '\n') {
                    return true;
                }
                i++;
            } else if (b == '\n') {
                return true;
            }
        }
        return false;
    }

    /** The content with every bare CR or LF turned into CRLF (the NORMALIZE leniency). */
    public static byte[] normalize(byte[] data, int length) {
        int extra = 0;
        for (int i = 0; i < length; i++) {
            if (data[i] == '\r' && (i + 1 >= length || data[i + 1] != '\n')) {
                extra++;
            } else if (data[i] == '\n' && (i == 0 || data[i - 1] != '\r')) {
                extra++;
            }
        }
        byte[] out = new byte[length + extra];
        int o = 0;
        for (int i = 0; i < length; i++) {
            byte b = data[i];
            if (b == '\r') {
                out[o++] = '\r';
                out[o++] = '\n';
                if (i + 1 < length && data[i + 1] == '\n') {
                    i++;
                }
            } else if (b == '\n') {
                out[o++] = '\r';
                out[o++] = '\n';
            } else {
                out[o++] = b;
            }
        }
        return out;
    }

    public static boolean containsNul(byte[] data, int length) {
        for (int i = 0; i < length; i++) {
            if (data[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
