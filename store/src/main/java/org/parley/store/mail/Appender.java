package org.parley.store.mail;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.store.blob.BlobHash;
import org.parley.store.blob.BlobStore;
import org.parley.store.message.MessageAnalyzer;
import org.parley.store.message.ParsedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two halves of an append: {@link #prepare} on the caller's thread (blob durable, structure
 * computed: slow, parallel) and {@link #appendInto} inside the (group) transaction (UIDs, modseq,
 * rows, quota: fast, serial per mailbox).
 */
final class Appender {
    private static final Logger LOG = LoggerFactory.getLogger(Appender.class);
    private final BlobStore blobs;
    private final MessageAnalyzer analyzer;
    private final MailboxRows mailboxes;
    private final MessageRows messages;
    private final MailStoreOptions options;
    private final Clock clock;

    record Prepared(byte[] data, BlobHash hash, BlobColumns columns, Flags flags, long internalDate) {}

    Appender(BlobStore blobs, MessageAnalyzer analyzer, MailboxRows mailboxes, MessageRows messages,
            MailStoreOptions options) {
        this.blobs = blobs;
        this.analyzer = analyzer;
        this.mailboxes = mailboxes;
        this.messages = messages;
        this.options = options;
        this.clock = options.clock();
    }

    void checkSize(byte[] data) {
        if (data.length > options.appendLimit()) {
            throw new MailStoreException(MailError.TOO_BIG, "message larger than " + options.appendLimit() + " octets");
        }
    }

    /** Writes the blob durably and analyses the message; the result is ready to be committed. */
    Prepared prepare(AppendMessage m, Flags flags) {
        checkSize(m.content());
        BlobHash hash = blobs.put(m.content());
        long date = m.internalDate() == null ? clock.millis() : m.internalDate().toEpochMilli();
        return new Prepared(m.content(), hash, columns(m.content()), flags, date);
    }

    /** Analyses a message; a message the analyzer cannot read is still stored (mail must not be lost). */
    BlobColumns columns(byte[] data) {
        ParsedMessage parsed = analyze(data);
        return BlobColumns.of(data.length, parsed, parsed == null ? null : Structures.encode(parsed));
    }

    ParsedMessage analyze(byte[] data) {
        try {
            return analyzer.analyze(data);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("message analysis failed ({} octets); stored without structure", data.length, e);
            return null;
        }
    }

    /** The structure of a stored message computed again from its content (when it was not kept). */
    ParsedMessage reanalyze(BlobHash blob) {
        return analyze(blobs.readAll(blob));
    }

    /**
     * Files prepared messages into a mailbox inside the caller's transaction: consecutive UIDs
     * from UIDNEXT, one new modseq for all of them (RFC 7162 §3.1.1), usage charged to the owner.
     * Throws (and the caller rolls back) when the mailbox is gone or a limit is passed.
     */
    AppendResult appendInto(Connection c, Tx tx, long mailboxId, long ownerId, QuotaLimits limits, List<Prepared> msgs,
            long origin) throws SQLException {
        MailboxRow row = mailboxes.byId(c, mailboxId, true);
        if (row == null || row.accountId() != ownerId) {
            throw new MailStoreException(MailError.NONEXISTENT, "mailbox does not exist");
        }
        if (row.noselect()) {
            throw new MailStoreException(MailError.CANNOT, "mailbox cannot hold messages");
        }
        Map<String, String> known = null;
        long uid = row.uidNext();
        long modseq = row.highestModseq() + 1;
        long size = 0;
        List<Long> uids = new ArrayList<>(msgs.size());
        for (Prepared p : msgs) {
            if (uid > UidSet.MAX_UID) {
                throw new MailStoreException(MailError.LIMIT, "mailbox has used up its UIDs");
            }
            Flags flags = p.flags();
            if (!flags.keywords().isEmpty()) {
                if (known == null) {
                    known = messages.keywords(c, mailboxId);
                }
                flags = messages.canonical(c, mailboxId, flags, options.maxKeywords(), known);
            }
            messages.insert(c, mailboxId, uid, modseq, flags, p.internalDate(), p.data().length, p.hash());
            tx.addNew(p.hash(), p.data(), p.columns());
            uids.add(uid);
            size += p.data().length;
            uid++;
        }
        mailboxes.setCounters(c, mailboxId, uid, modseq);
        mailboxes.charge(c, ownerId, size, msgs.size(), limits);
        tx.event(new MailEvent.MessagesAdded(ownerId, origin, mailboxId, UidSet.of(uids), modseq, uid));
        return new AppendResult(mailboxId, row.uidValidity(), uids, modseq);
    }
}
