package org.parley.imap.session;

/**
 * What the client turned on for this connection (RFC 5161 ENABLE, and RFC 7162 §3.1 for the
 * commands that enable CONDSTORE implicitly). Only the session thread changes it; the IDLE
 * notifier reads it while the session thread is blocked, so fields are volatile.
 */
public final class Extensions {
    private volatile boolean imap4rev2;
    private volatile boolean utf8Accept;
    private volatile boolean condstore;
    private volatile boolean qresync;

    /** IMAP4rev2 behaviour (RFC 9051): no \Recent, ESEARCH answers, UTF-8 names. */
    public boolean imap4rev2() {
        return imap4rev2;
    }

    public void enableImap4rev2() {
        imap4rev2 = true;
    }

    /** Mailbox names and quoted strings as UTF-8 (RFC 6855, or implied by IMAP4rev2). */
    public boolean utf8() {
        return utf8Accept || imap4rev2;
    }

    public boolean utf8Accept() {
        return utf8Accept;
    }

    public void enableUtf8Accept() {
        utf8Accept = true;
    }

    /** RFC 7162 CONDSTORE: MODSEQ in unsolicited FETCH responses. QRESYNC implies it. */
    public boolean condstore() {
        return condstore || qresync;
    }

    public void enableCondstore() {
        condstore = true;
    }

    /** RFC 7162 §3.2: VANISHED instead of EXPUNGE, SELECT (QRESYNC ...). */
    public boolean qresync() {
        return qresync;
    }

    public void enableQresync() {
        qresync = true;
    }
}
