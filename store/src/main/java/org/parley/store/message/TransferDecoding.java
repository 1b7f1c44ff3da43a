package org.parley.store.message;

import java.io.InputStream;
import org.apache.james.mime4j.codec.Base64InputStream;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;

/** RFC 2045 §6 Content-Transfer-Encoding decoding (mime4j's lenient decoders). */
final class TransferDecoding {
    private TransferDecoding() {}

    static boolean known(String encoding) {
        return switch (encoding == null ? "7bit" : encoding) {
            case "7bit", "8bit", "binary", "base64", "quoted-printable" -> true;
            default -> false;
        };
    }

    /**
     * A stream of the decoded content. Decoding is lenient (RFC 2045 §6.8: characters outside the
     * base64 alphabet are ignored; broken quoted-printable escapes are kept as they are).
     */
    static InputStream decode(InputStream raw, String encoding) throws UnknownTransferEncodingException {
        return switch (encoding == null ? "7bit" : encoding) {
            case "7bit", "8bit", "binary" -> raw;
            case "base64" -> new Base64InputStream(raw, DecodeMonitor.SILENT);
            case "quoted-printable" -> new QuotedPrintableInputStream(raw, DecodeMonitor.SILENT);
            default -> throw new UnknownTransferEncodingException(encoding);
        };
    }

    /** Like {@link #decode} but an unknown encoding yields the raw bytes (for search). */
    static InputStream decodeOrRaw(InputStream raw, String encoding) {
        try {
            return decode(raw, encoding);
        } catch (UnknownTransferEncodingException e) {
            return raw;
        }
    }
}
