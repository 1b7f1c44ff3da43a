package org.parley.mail.smtp.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.mail.smtp.codec.SmtpCommand;
import org.parley.mail.smtp.codec.SmtpCommandParser;
import org.parley.mail.smtp.codec.SmtpParserConfig;

/** Which RCPT paths name their destination only indirectly, parsed by the real codec. */
class RelayGuardTest {
    static final SmtpCommandParser PARSER = new SmtpCommandParser(SmtpParserConfig.defaults());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<bob@example.test>                          | false",
            "<Postmaster>                                 | false",
            "<bob+tag@example.test>                      | false",
            "'<\"bob smith\"@example.test>'              | false",
            "<bob@[192.0.2.1]>                           | false",
            "<user%other.example@example.test>           | true",
            "<@example.test:user@other.example>          | true",
            "<@a.example,@b.example:user@example.test>   | true",
            "'<\"user@other.example\"@example.test>'     | true",
            "<other.example!user@example.test>           | true"})
    void indirectForms(String path, boolean indirect) throws Exception {
        SmtpCommand.Rcpt rcpt = (SmtpCommand.Rcpt) PARSER.parse(("RCPT TO:" + path).getBytes(StandardCharsets.UTF_8));
        assertThat(RelayGuard.isIndirect(rcpt.forwardPath())).isEqualTo(indirect);
    }
}
