package org.parley.mail.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.mail.delivery.DeliveryTransaction;
import org.parley.mail.delivery.RecipientResult;
import org.parley.mail.delivery.RecipientVerdict;
import org.parley.mail.delivery.SubmissionContext;
import org.parley.mail.smtp.codec.BodyType;
import org.parley.mail.smtp.codec.EmailAddress;
import org.parley.mail.smtp.codec.MailParameters;
import org.parley.mail.smtp.codec.MailPath;
import org.parley.mail.smtp.codec.RcptParameters;
import org.parley.mail.smtp.codec.SmtpCommand;
import org.parley.mail.smtp.codec.SmtpReply;

/** The command/state table, without sockets: which command runs where, and the refusal otherwise. */
class CommandAdmissionTest {
    static final Hello EHLO = new Hello(Hello.Verb.EHLO, "client.example");
    static final Hello HELO = new Hello(Hello.Verb.HELO, "client.example");
    static final SessionFacts MX = new SessionFacts(SmtpFlavour.MX, false, false, true, true);
    static final SessionFacts MX_TLS = new SessionFacts(SmtpFlavour.MX, false, true, true, true);
    static final SessionFacts SUBMISSION = new SessionFacts(SmtpFlavour.SUBMISSION, false, true, true, true);
    static final SessionFacts SUBMISSION_AUTHED = new SessionFacts(SmtpFlavour.SUBMISSION, true, true, true, true);
    static final SessionFacts LMTP = new SessionFacts(SmtpFlavour.LMTP, false, false, true, false);
    static final SessionFacts NO_TLS = new SessionFacts(SmtpFlavour.MX, false, false, false, false);

    static final SmtpCommand MAIL = new SmtpCommand.Mail(MailPath.NULL, MailParameters.NONE);
    static final SmtpCommand RCPT = new SmtpCommand.Rcpt(MailPath.of(new EmailAddress("bob", "example.test")),
            RcptParameters.NONE);
    static final SmtpCommand DATA = new SmtpCommand.Data();
    static final SmtpCommand BDAT = new SmtpCommand.Bdat(10, false);

    static SessionState connected() {
        return new SessionState.Connected();
    }

    static SessionState greeted(Hello h) {
        return new SessionState.Greeted(h);
    }

    static SessionState inTx(int recipients, MailParameters params) {
        MailTransaction tx = new MailTransaction("T", new NoDelivery(), SubmissionContext.internal(), MailPath.NULL,
                params);
        for (int i = 0; i < recipients; i++) {
            tx.accepted(MailPath.of(new EmailAddress("r" + i, "example.test")));
        }
        return new SessionState.InTransaction(EHLO, tx);
    }

    static SessionState chunks() {
        SessionState.InTransaction t = (SessionState.InTransaction) inTx(1, MailParameters.NONE);
        return new SessionState.ReceivingChunks(EHLO, t.transaction(), new MessageBuffer(100), null);
    }

    static Stream<Arguments> table() {
        return Stream.of(
                // state, command, facts, expected code (0 = admitted)
                Arguments.of(connected(), MAIL, MX, 503),
                Arguments.of(greeted(EHLO), MAIL, MX, 0),
                Arguments.of(inTx(0, MailParameters.NONE), MAIL, MX, 503),
                Arguments.of(greeted(EHLO), MAIL, SUBMISSION, 530),
                Arguments.of(greeted(EHLO), MAIL, SUBMISSION_AUTHED, 0),
                Arguments.of(connected(), RCPT, MX, 503),
                Arguments.of(greeted(EHLO), RCPT, MX, 503),
                Arguments.of(inTx(0, MailParameters.NONE), RCPT, MX, 0),
                Arguments.of(greeted(EHLO), DATA, MX, 503),
                Arguments.of(inTx(0, MailParameters.NONE), DATA, MX, 554),
                Arguments.of(inTx(1, MailParameters.NONE), DATA, MX, 0),
                Arguments.of(inTx(1, MailParameters.NONE.withBody(BodyType.BINARY_MIME)), DATA, MX, 503),
                Arguments.of(inTx(1, MailParameters.NONE.withBody(BodyType.BINARY_MIME)), BDAT, MX, 0),
                Arguments.of(greeted(EHLO), BDAT, MX, 503),
                Arguments.of(inTx(0, MailParameters.NONE), BDAT, MX, 554),
                Arguments.of(greeted(HELO), BDAT, MX, 503),
                Arguments.of(chunks(), BDAT, MX, 0),
                Arguments.of(chunks(), DATA, MX, 503),
                Arguments.of(chunks(), MAIL, MX, 503),
                Arguments.of(chunks(), RCPT, MX, 503),
                Arguments.of(chunks(), new SmtpCommand.Ehlo("x"), MX, 503),
                Arguments.of(chunks(), new SmtpCommand.Rset(), MX, 0),
                Arguments.of(chunks(), new SmtpCommand.Quit(), MX, 0),
                Arguments.of(chunks(), new SmtpCommand.Noop(""), MX, 0),
                Arguments.of(connected(), new SmtpCommand.Ehlo("x"), MX, 0),
                Arguments.of(inTx(1, MailParameters.NONE), new SmtpCommand.Ehlo("x"), MX, 0),
                Arguments.of(connected(), new SmtpCommand.Lhlo("x"), MX, 500),
                Arguments.of(connected(), new SmtpCommand.Helo("x"), LMTP, 500),
                Arguments.of(connected(), new SmtpCommand.Ehlo("x"), LMTP, 500),
                Arguments.of(connected(), new SmtpCommand.Lhlo("x"), LMTP, 0),
                Arguments.of(connected(), MAIL, LMTP, 503),
                Arguments.of(connected(), new SmtpCommand.StartTls(), MX, 503),
                Arguments.of(greeted(HELO), new SmtpCommand.StartTls(), MX, 503),
                Arguments.of(greeted(EHLO), new SmtpCommand.StartTls(), MX, 0),
                Arguments.of(greeted(EHLO), new SmtpCommand.StartTls(), MX_TLS, 503),
                Arguments.of(greeted(EHLO), new SmtpCommand.StartTls(), NO_TLS, 454),
                Arguments.of(inTx(0, MailParameters.NONE), new SmtpCommand.StartTls(), MX, 503),
                Arguments.of(greeted(EHLO), new SmtpCommand.Auth("PLAIN", Optional.empty()), MX, 0),
                Arguments.of(greeted(HELO), new SmtpCommand.Auth("PLAIN", Optional.empty()), MX, 503),
                Arguments.of(greeted(EHLO), new SmtpCommand.Auth("PLAIN", Optional.empty()), SUBMISSION_AUTHED, 503),
                Arguments.of(inTx(0, MailParameters.NONE), new SmtpCommand.Auth("PLAIN", Optional.empty()), MX, 503),
                Arguments.of(greeted(EHLO), new SmtpCommand.Auth("PLAIN", Optional.empty()), LMTP, 502),
                // plain connection, TLS possible, AUTH not offered: encryption required
                Arguments.of(greeted(EHLO), new SmtpCommand.Auth("PLAIN", Optional.empty()),
                        new SessionFacts(SmtpFlavour.MX, false, false, true, false), 538),
                Arguments.of(connected(), new SmtpCommand.Noop(""), MX, 0),
                Arguments.of(connected(), new SmtpCommand.Vrfy("x"), MX, 0),
                Arguments.of(connected(), new SmtpCommand.Help(""), MX, 0),
                Arguments.of(connected(), new SmtpCommand.Quit(), MX, 0));
    }

    @ParameterizedTest(name = "{1} in {0} ({2}) -> {3}")
    @MethodSource("table")
    void admits(SessionState state, SmtpCommand command, SessionFacts facts, int expected) {
        Optional<SmtpReply> refusal = CommandAdmission.check(state, command, facts);
        if (expected == 0) {
            assertThat(refusal).isEmpty();
        } else {
            assertThat(refusal).hasValueSatisfying(r -> {
                assertThat(r.code()).isEqualTo(expected);
                assertThat(r.status()).isNotNull();
                assertThat(r.status().codeClass()).isEqualTo(expected / 100);
            });
        }
    }

    @Test
    void everyCommandIsCoveredInEveryState() {
        List<SmtpCommand> all = List.of(new SmtpCommand.Helo("x"), new SmtpCommand.Ehlo("x"), new SmtpCommand.Lhlo("x"),
                MAIL, RCPT, DATA, BDAT, new SmtpCommand.Rset(), new SmtpCommand.Noop(""), new SmtpCommand.Quit(),
                new SmtpCommand.Vrfy("x"), new SmtpCommand.Expn("x"), new SmtpCommand.Help(""),
                new SmtpCommand.StartTls(), new SmtpCommand.Auth("PLAIN", Optional.empty()));
        List<SessionState> states = List.of(connected(), greeted(HELO), greeted(EHLO), inTx(0, MailParameters.NONE),
                inTx(1, MailParameters.NONE), chunks());
        for (SessionFacts facts : List.of(MX, MX_TLS, SUBMISSION, SUBMISSION_AUTHED, LMTP, NO_TLS)) {
            for (SessionState s : states) {
                for (SmtpCommand c : all) {
                    // never throws; a refusal is always a 4xx/5xx reply
                    CommandAdmission.check(s, c, facts)
                            .ifPresent(r -> assertThat(r.code()).isBetween(400, 599));
                }
            }
        }
    }

    /** Admission never touches the delivery transaction. */
    static final class NoDelivery implements DeliveryTransaction {
        @Override
        public RecipientVerdict addRecipient(MailPath recipient, RcptParameters parameters) {
            throw new AssertionError("not expected");
        }

        @Override
        public int recipientCount() {
            throw new AssertionError("not expected");
        }

        @Override
        public List<RecipientResult> commit(byte[] message) {
            throw new AssertionError("not expected");
        }

        @Override
        public void abort() {
            throw new AssertionError("not expected");
        }
    }
}
