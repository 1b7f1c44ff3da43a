/**
 * Delivery status notifications (RFC 3464 in an RFC 6522 multipart/report; RFC 6533 types for
 * SMTPUTF8 originals): {@link org.parley.mail.dsn.DsnComposer} builds them from a
 * {@link org.parley.mail.dsn.DsnReport}; {@link org.parley.mail.dsn.DsnAction#wantedBy} applies
 * RFC 3461 NOTIFY (default: failures and delays). Sending is the delivery service's job, always
 * with the null reverse-path.
 */
package org.parley.mail.dsn;
