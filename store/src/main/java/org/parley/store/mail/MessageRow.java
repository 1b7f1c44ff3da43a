package org.parley.store.mail;

import org.parley.store.blob.BlobHash;

/** One row of {@code mail_messages}. */
record MessageRow(long uid, long modseq, Flags flags, long internalDate, long size, BlobHash blob) {
    MessageState state() {
        return new MessageState(uid, flags, modseq, size);
    }
}
