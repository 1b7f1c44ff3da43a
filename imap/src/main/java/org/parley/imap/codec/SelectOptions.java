package org.parley.imap.codec;

/**
 * SELECT/EXAMINE parameters (RFC 7162 §3.1.8 CONDSTORE, §3.2.5 QRESYNC).
 *
 * @param condstore {@code (CONDSTORE)}: enables CONDSTORE for the session (RFC 7162 §3.1)
 * @param qresync   {@code (QRESYNC (...))}, null when absent; only valid after ENABLE QRESYNC,
 *                  which the session checks
 */
public record SelectOptions(boolean condstore, Qresync qresync) {
    public static final SelectOptions NONE = new SelectOptions(false, null);

    /**
     * {@code QRESYNC (uidvalidity modseq [known-uids] [(known-seqs known-uids)])}.
     *
     * @param knownUids            UIDs the client knows, null when absent (then all UIDs)
     * @param knownSequenceNumbers with {@code knownSequenceUids}, sequence-number → UID samples
     *                             for the server to find the first mismatch; both null or both set
     */
    public record Qresync(long uidValidity, long modSeq, SequenceSet knownUids,
                          SequenceSet knownSequenceNumbers, SequenceSet knownSequenceUids) {}
}
