package org.parley.mail.smtp.codec;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The ESMTP parameters of MAIL FROM that Parley understands. Absent parameters are empty
 * optionals / false.
 *
 * @param size       RFC 1870 SIZE= declared message size in octets; values too large for a long
 *                   are clamped to {@link Long#MAX_VALUE} (the session answers 552 either way)
 * @param body       RFC 6152 / RFC 3030 BODY=
 * @param smtpUtf8   RFC 6531 SMTPUTF8 given: UTF-8 paths and headers allowed in this transaction
 * @param auth       RFC 4954 §5 AUTH=: the xtext-decoded mailbox; the empty string means {@code <>}
 * @param ret        RFC 3461 §4.3 RET=
 * @param envelopeId RFC 3461 §4.4 ENVID=, xtext-decoded
 * @param requireTls RFC 8689 §4.1 REQUIRETLS given
 */
public record MailParameters(OptionalLong size, Optional<BodyType> body, boolean smtpUtf8, Optional<String> auth,
                             Optional<DsnReturn> ret, Optional<String> envelopeId, boolean requireTls) {

    public static final MailParameters NONE = new MailParameters(OptionalLong.empty(), Optional.empty(), false,
            Optional.empty(), Optional.empty(), Optional.empty(), false);

    public MailParameters withSize(long octets) {
        return new MailParameters(OptionalLong.of(octets), body, smtpUtf8, auth, ret, envelopeId, requireTls);
    }

    public MailParameters withBody(BodyType type) {
        return new MailParameters(size, Optional.of(type), smtpUtf8, auth, ret, envelopeId, requireTls);
    }

    public MailParameters withSmtpUtf8() {
        return new MailParameters(size, body, true, auth, ret, envelopeId, requireTls);
    }

    /** {@code mailbox} empty means {@code AUTH=<>}. */
    public MailParameters withAuth(String mailbox) {
        return new MailParameters(size, body, smtpUtf8, Optional.of(mailbox), ret, envelopeId, requireTls);
    }

    public MailParameters withRet(DsnReturn value) {
        return new MailParameters(size, body, smtpUtf8, auth, Optional.of(value), envelopeId, requireTls);
    }

    public MailParameters withEnvelopeId(String id) {
        return new MailParameters(size, body, smtpUtf8, auth, ret, Optional.of(id), requireTls);
    }

    public MailParameters withRequireTls() {
        return new MailParameters(size, body, smtpUtf8, auth, ret, envelopeId, true);
    }
}
