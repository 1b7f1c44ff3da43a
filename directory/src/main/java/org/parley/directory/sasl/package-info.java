/**
 * SASL server mechanisms shared by IMAP, SMTP, POP3, XMPP, XIMSS and the CLI: PLAIN (RFC 4616),
 * LOGIN (draft-murchison-sasl-login), CRAM-MD5 (RFC 2195), SCRAM-SHA-256 (RFC 5802, RFC 7677), and
 * the APOP digest (RFC 1939 §7).
 *
 * <p>Each mechanism is a pure state machine over decoded bytes; protocols do the base64 framing
 * ({@link org.parley.directory.sasl.SaslCodec}), cancellation and reply codes. Credentials are
 * checked through {@link org.parley.directory.auth.Authenticator}, so clear passwords of
 * reversible accounts never leave the directory: CRAM-MD5 and APOP hand the challenge and digest
 * over instead.
 *
 * <p>Implementation notes:
 * <ul>
 *   <li>SCRAM without channel binding: {@code -PLUS} is never advertised, so {@code p=} is refused
 *       and {@code y} accepted (RFC 5802 §6). Unknown names get a decoy salt that is stable per name,
 *       and fail only at the proof (RFC 5802 §5.1).</li>
 *   <li>Client messages are bounded ({@link org.parley.directory.sasl.SaslCodec#MAX_RESPONSE_BYTES},
 *       identity and password lengths) and must be strict UTF-8; violations end the exchange with
 *       {@link org.parley.directory.sasl.SaslFailure#MALFORMED} before any password check.</li>
 *   <li>Failure reasons separate throttling and authorization from bad credentials, but never say
 *       whether an account exists.</li>
 * </ul>
 */
package org.parley.directory.sasl;
