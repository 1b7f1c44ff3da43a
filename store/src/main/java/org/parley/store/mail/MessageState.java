package org.parley.store.mail;

/** The compact per-message state a mailbox listing carries: what SELECT and CONDSTORE need. */
public record MessageState(long uid, Flags flags, long modseq, long size) {}
