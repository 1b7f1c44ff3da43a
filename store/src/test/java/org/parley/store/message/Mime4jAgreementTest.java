package org.parley.store.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Differential test against mime4j's streaming parser: on well-formed mail both must find the
 * same leaf parts with the same media types and the same body bytes. mime4j reports no offsets,
 * so this checks our offsets against an independent reading of the same boundaries.
 */
class Mime4jAgreementTest {
    /** All fixtures but the one where the readings differ on purpose. */
    static final List<String> FIXTURES = Fixtures.ALL.stream()
            // mime4j turns a multipart without boundary into text/plain; we keep the type and add
            // the placeholder child that IMAP's BODYSTRUCTURE needs
            .filter(n -> !n.equals("no-subtype.eml"))
            .toList();

    private record Leaf(String type, String content) {}

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void leavesAgreeWithMime4j(String name) throws Exception {
        byte[] raw = Fixtures.load(name);
        MimeTokenStream stream = new MimeTokenStream(MimeConfig.custom()
                .setMaxLineLen(-1).setMaxHeaderLen(-1).setMaxHeaderCount(-1).setMaxContentLen(-1).build());
        stream.setRecursionMode(RecursionMode.M_NO_RECURSE);
        stream.parse(new ByteArrayInputStream(raw));
        List<Leaf> theirs = new ArrayList<>();
        for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM; state = stream.next()) {
            if (state == EntityState.T_BODY) {
                theirs.add(new Leaf(stream.getBodyDescriptor().getMimeType(),
                        new String(stream.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1)));
            }
        }
        List<Leaf> ours = new ArrayList<>();
        collect(raw, MessageParser.DEFAULT.analyzeStrict(raw).body(), ours);
        assertThat(ours).isEqualTo(theirs);
    }

    private static void collect(byte[] raw, BodyPart p, List<Leaf> out) {
        if (p.isMultipart()) {
            for (BodyPart c : p.children()) {
                collect(raw, c, out);
            }
            return;
        }
        out.add(new Leaf(p.type() + "/" + p.subtype(), Fixtures.latin1(raw, new ByteRange(p.bodyStart(), p.size()))));
    }
}
