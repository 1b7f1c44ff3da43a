/**
 * The outbound SMTP client (RFC 5321 as a client): {@link org.parley.mail.smtp.client.SmtpClient}
 * delivers one message to the recipients of one {@link org.parley.mail.smtp.client.Destination}
 * and returns one reply per recipient.
 *
 * <ul>
 *   <li>Hosts: {@link org.parley.mail.smtp.client.DestinationPlanner} (RFC 5321 §5.1): MX records
 *       by preference, equal preferences shuffled, implicit MX, RFC 7505 null MX, A before AAAA
 *       (configurable), at most {@code maxAddresses}; DNS trouble is temporary, NXDOMAIN and null
 *       MX permanent.</li>
 *   <li>Per address: a refused or silent connection, a greeting other than 220, a 4xx to MAIL,
 *       a TLS policy failure or an advertised limit the message exceeds moves on to the next
 *       address; once the data has started nothing is retried elsewhere.</li>
 *   <li>Replies made up by the client carry enhanced codes: 4.4.1 no answer, 4.4.2 connection
 *       lost, 4.4.3 DNS, 4.4.4 no route, 5.1.2 no such domain, 5.1.10 null MX, 5.3.4 too big,
 *       5.6.3 binary not accepted, 5.6.7 SMTPUTF8 not offered, 5.7.30 REQUIRETLS unsatisfiable.</li>
 *   <li>TLS: {@link org.parley.mail.smtp.client.ClientTls}; opportunistic by default (one plaintext
 *       retry after a failed handshake), verified chain and name for REQUIRETLS (RFC 8689 §4.2.1;
 *       DANE and MTA-STS are not implemented, so no DNSSEC requirement is checked).</li>
 *   <li>Timeouts: RFC 5321 §4.5.3.2 defaults; the 3-minute data-block timeout is enforced on
 *       writes by {@link org.parley.mail.smtp.client.WatchdogOutputStream}.</li>
 *   <li>PIPELINING (RFC 2920) groups MAIL, every RCPT and DATA; DSN parameters (RFC 3461) are
 *       passed on only to a server that offers DSN; BINARYMIME messages go by BDAT (RFC 3030).</li>
 * </ul>
 * Thread-safe; one connection per call; virtual threads.
 */
package org.parley.mail.smtp.client;
