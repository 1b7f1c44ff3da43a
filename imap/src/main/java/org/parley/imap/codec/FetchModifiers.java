package org.parley.imap.codec;

/**
 * FETCH modifiers (RFC 4466 §2.4): RFC 7162 {@code CHANGEDSINCE} and {@code VANISHED}.
 *
 * @param changedSince only messages whose mod-sequence is greater; null when absent. Implies the
 *                     MODSEQ item in responses (RFC 7162 §3.1.4.1).
 * @param vanished     UID FETCH only, with changedSince: also report expunged UIDs as
 *                     {@code VANISHED (EARLIER)} (RFC 7162 §3.2.6); the parser enforces both rules
 */
public record FetchModifiers(Long changedSince, boolean vanished) {
    public static final FetchModifiers NONE = new FetchModifiers(null, false);
}
