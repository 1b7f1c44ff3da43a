package org.parley.store.mail;

import java.time.Clock;
import java.time.Duration;

/**
 * Tunables of a {@link MailStore}.
 *
 * @param appendLimit  largest message accepted, octets (RFC 7889 APPENDLIMIT)
 * @param maxKeywords  distinct keywords a mailbox may hold (beyond: {@link MailError#LIMIT})
 * @param gcGrace      how long an unreferenced blob survives before the collector removes it;
 *                     also how long an append may take between writing its blob and committing
 * @param maxBatch     most steps one group commit takes
 * @param clock        time source for internal dates, UIDVALIDITY and the collector
 * @param structureCacheBytes heap (estimated) for decoded message structures shared by all
 *                     sessions ({@link StructureCache}); 0 turns the cache off
 */
public record MailStoreOptions(long appendLimit, int maxKeywords, Duration gcGrace, int maxBatch, Clock clock,
        long structureCacheBytes) {
    public static final MailStoreOptions DEFAULTS =
            new MailStoreOptions(64L * 1024 * 1024, 256, Duration.ofHours(1), 512, Clock.systemUTC(), 96L * 1024 * 1024);

    public MailStoreOptions {
        if (appendLimit <= 0 || maxKeywords < 0 || maxBatch <= 0 || gcGrace.isNegative() || structureCacheBytes < 0) {
            throw new IllegalArgumentException("bad mail store options");
        }
    }

    public MailStoreOptions withClock(Clock c) {
        return new MailStoreOptions(appendLimit, maxKeywords, gcGrace, maxBatch, c, structureCacheBytes);
    }

    public MailStoreOptions withAppendLimit(long limit) {
        return new MailStoreOptions(limit, maxKeywords, gcGrace, maxBatch, clock, structureCacheBytes);
    }

    public MailStoreOptions withMaxKeywords(int max) {
        return new MailStoreOptions(appendLimit, max, gcGrace, maxBatch, clock, structureCacheBytes);
    }

    public MailStoreOptions withGcGrace(Duration grace) {
        return new MailStoreOptions(appendLimit, maxKeywords, grace, maxBatch, clock, structureCacheBytes);
    }

    public MailStoreOptions withStructureCacheBytes(long bytes) {
        return new MailStoreOptions(appendLimit, maxKeywords, gcGrace, maxBatch, clock, bytes);
    }
}
