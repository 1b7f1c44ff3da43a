package org.parley.imap.search;

import java.io.IOException;
import org.parley.store.mail.MessageMeta;
import org.parley.store.message.MessageBytes;

/**
 * How {@link SearchEvaluator} reaches a message's bytes for HEADER, BODY and TEXT (and for a
 * message that arrived without a {@code ParsedMessage}). The session implements it over
 * {@code MailSession.openContent} or the blob store.
 *
 * <p>Call order: for each message the evaluator calls {@link #content} at most once, and only when
 * the cheap keys left the result open; once it is done with that message it calls
 * {@link #release} with what it got, before moving on to the next message, also when evaluation
 * failed. One {@code filter} call uses the source from one thread; a source shared between
 * sessions must be thread-safe.
 */
public interface MessageContentSource {
    /**
     * The stored bytes of the message.
     *
     * @throws IOException when they cannot be read; the search fails with it
     */
    MessageBytes content(MessageMeta meta) throws IOException;

    /**
     * Called once the evaluator no longer needs {@code bytes} (a value {@link #content} returned
     * for {@code meta}), so that a source handing out file-channel views can close the channel.
     * The default does nothing, which suits in-memory bytes.
     */
    default void release(MessageMeta meta, MessageBytes bytes) throws IOException {}
}
