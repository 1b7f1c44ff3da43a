package org.parley.store.mail;

import java.time.Instant;
import org.parley.store.blob.BlobHash;
import org.parley.store.message.ParsedMessage;

/**
 * Metadata of one message for FETCH: everything except its bytes, which are read through
 * {@link MailSession#openContent} / {@link MailSession#readContent} (or the blob store with
 * {@code blob}).
 *
 * @param parsed the structure computed at append; null if not requested or if the message could
 *               not be analysed when it arrived (protocols then fall back to a flat text/plain view)
 */
public record MessageMeta(
        long uid, Flags flags, long modseq, Instant internalDate, long size, BlobHash blob, ParsedMessage parsed) {}
