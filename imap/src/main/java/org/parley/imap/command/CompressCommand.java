package org.parley.imap.command;

import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.ResponseCode;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;

/**
 * RFC 4978 COMPRESS=DEFLATE: raw deflate (no zlib header, RFC 1951) both ways. The output
 * stream does a SYNC_FLUSH on every flush, and the session flushes after each response burst,
 * so the client never waits for data stuck in the compressor.
 */
final class CompressCommand {
    private CompressCommand() {}

    static Reply run(String tag, ImapCommand.Compress c, ImapSession s) throws IOException {
        if (!c.mechanism().equals("DEFLATE")) {
            return Reply.bad("unknown compression mechanism");
        }
        if (s.compressed()) {
            // RFC 4978 §3
            return Reply.no(ResponseCode.Simple.COMPRESSIONACTIVE, "DEFLATE is already active");
        }
        return s.startCompression(tag,
                in -> new InflaterInputStream(in, new Inflater(true), 4096),
                out -> new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, true), 4096, true));
    }
}
