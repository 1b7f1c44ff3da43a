package org.parley.mail.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs the scripted sessions in {@code src/test/resources/smtpsession} (format in its README.txt). */
class TranscriptTest extends SessionTestBase {

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException, URISyntaxException {
        Path folder = Path.of(TranscriptTest.class.getResource("/smtpsession").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> !p.getFileName().toString().equals("README.txt")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> run(f)));
    }

    private void run(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        SmtpFlavour flavour = SmtpFlavour.MX;
        if (!lines.isEmpty() && lines.stream().anyMatch(l -> l.startsWith("@flavour "))) {
            flavour = SmtpFlavour.valueOf(lines.stream().filter(l -> l.startsWith("@flavour ")).findFirst()
                    .orElseThrow().substring(9).strip());
        }
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), fixture.port(flavour))) {
            socket.setSoTimeout(10_000);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            ByteArrayOutputStream pending = new ByteArrayOutputStream();
            int number = 0;
            for (String line : lines) {
                number++;
                String where = file.getFileName() + ":" + number;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("@")) {
                    continue;
                }
                if (line.startsWith("C:") || line.startsWith("C<")) {
                    String text = line.length() > 3 ? line.substring(3) : "";
                    pending.writeBytes(unescape(text));
                    if (line.startsWith("C:")) {
                        pending.writeBytes(new byte[] {'\r', '\n'});
                    }
                    continue;
                }
                if (pending.size() > 0) {
                    out.write(pending.toByteArray());
                    out.flush();
                    pending.reset();
                }
                if (line.equals("S$")) {
                    assertThat(in.read()).as(where + ": connection closed").isEqualTo(-1);
                } else if (line.startsWith("S: ")) {
                    assertThat(readLine(in)).as(where).isEqualTo(line.substring(3));
                } else if (line.startsWith("S~ ")) {
                    assertThat(readLine(in)).as(where).matches(line.substring(3));
                } else {
                    throw new IllegalArgumentException(where + ": unknown transcript line " + line);
                }
            }
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                return "<connection closed>";
            }
            line.write(b);
        }
        String s = line.toString(StandardCharsets.UTF_8);
        assertThat(s).as("reply line ends with CRLF").endsWith("\r");
        return s.substring(0, s.length() - 1);
    }

    private static byte[] unescape(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.write(switch (n) {
                    case 'r' -> '\r';
                    case 'n' -> '\n';
                    case '0' -> 0;
                    case 't' -> '\t';
                    default -> n;
                });
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
