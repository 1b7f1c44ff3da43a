package org.parley.store.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A line-safe text form of {@link MailEvent}s for carrying them between cluster nodes (PostgreSQL
 * NOTIFY payloads are text below 8000 bytes). Fields are separated by {@code |}; names are base64.
 * A UID set too long for the payload is widened to its first…last range: receivers re-read flags
 * by modseq anyway, and an EXPUNGE is never widened (it would report UIDs that still exist), so an
 * over-long expunge is sent as several events.
 */
final class MailEventCodec {
    static final int MAX_PAYLOAD = 7000;

    private MailEventCodec() {}

    static List<String> encode(String node, MailEvent e) {
        List<String> out = new ArrayList<>();
        switch (e) {
            case MailEvent.MessagesAdded m -> out.add(join(node, "A", m.ownerAccountId(), m.origin(), m.mailboxId(),
                    fit(m.uids()), m.modseq(), m.uidNext()));
            case MailEvent.FlagsChanged m -> out.add(join(node, "F", m.ownerAccountId(), m.origin(), m.mailboxId(),
                    fit(m.uids()), m.modseq()));
            case MailEvent.MessagesExpunged m -> {
                for (UidSet part : split(m.uids())) {
                    out.add(join(node, "X", m.ownerAccountId(), m.origin(), m.mailboxId(), part, m.modseq()));
                }
            }
            case MailEvent.MailboxCreated m -> out.add(join(node, "C", m.ownerAccountId(), m.origin(), m.mailboxId(), b64(m.name())));
            case MailEvent.MailboxRenamed m -> out.add(join(node, "R", m.ownerAccountId(), m.origin(), m.mailboxId(),
                    b64(m.oldName()), b64(m.newName())));
            case MailEvent.MailboxDeleted m -> out.add(join(node, "D", m.ownerAccountId(), m.origin(), m.mailboxId(),
                    b64(m.name()), m.noselect()));
            case MailEvent.AclChanged m -> out.add(join(node, "L", m.ownerAccountId(), m.origin(), m.mailboxId()));
            case MailEvent.SubscriptionChanged m -> out.add(join(node, "S", m.ownerAccountId(), m.origin(), b64(m.name()),
                    m.subscribed()));
        }
        return out;
    }

    /** The node that sent it and the event; null for a payload that is not ours or is malformed. */
    record Decoded(String node, MailEvent event) {}

    static Decoded decode(String payload) {
        try {
            String[] f = payload.split("\\|", -1);
            String node = f[0];
            long owner = Long.parseLong(f[2]);
            long origin = Long.parseLong(f[3]);
            MailEvent e = switch (f[1]) {
                case "A" -> new MailEvent.MessagesAdded(owner, origin, Long.parseLong(f[4]), uids(f[5]), Long.parseLong(f[6]),
                        Long.parseLong(f[7]));
                case "F" -> new MailEvent.FlagsChanged(owner, origin, Long.parseLong(f[4]), uids(f[5]), Long.parseLong(f[6]));
                case "X" -> new MailEvent.MessagesExpunged(owner, origin, Long.parseLong(f[4]), uids(f[5]), Long.parseLong(f[6]));
                case "C" -> new MailEvent.MailboxCreated(owner, origin, Long.parseLong(f[4]), unb64(f[5]));
                case "R" -> new MailEvent.MailboxRenamed(owner, origin, Long.parseLong(f[4]), unb64(f[5]), unb64(f[6]));
                case "D" -> new MailEvent.MailboxDeleted(owner, origin, Long.parseLong(f[4]), unb64(f[5]), Boolean.parseBoolean(f[6]));
                case "L" -> new MailEvent.AclChanged(owner, origin, Long.parseLong(f[4]));
                case "S" -> new MailEvent.SubscriptionChanged(owner, origin, unb64(f[4]), Boolean.parseBoolean(f[5]));
                default -> null;
            };
            return e == null ? null : new Decoded(node, e);
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    private static String join(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            if (!sb.isEmpty()) {
                sb.append('|');
            }
            sb.append(p);
        }
        return sb.toString();
    }

    private static UidSet fit(UidSet s) {
        if (s.toString().length() <= MAX_PAYLOAD - 200 || s.isEmpty()) {
            return s;
        }
        List<long[]> r = s.ranges();
        return UidSet.range(r.getFirst()[0], r.getLast()[1]);
    }

    private static List<UidSet> split(UidSet s) {
        List<UidSet> out = new ArrayList<>();
        List<long[]> current = new ArrayList<>();
        int length = 0;
        for (long[] r : s.ranges()) {
            int add = 22 + 2;
            if (length + add > MAX_PAYLOAD - 200 && !current.isEmpty()) {
                out.add(UidSet.ofRanges(current));
                current = new ArrayList<>();
                length = 0;
            }
            current.add(r);
            length += add;
        }
        if (!current.isEmpty() || out.isEmpty()) {
            out.add(UidSet.ofRanges(current));
        }
        return out;
    }

    private static UidSet uids(String text) {
        List<long[]> ranges = new ArrayList<>();
        if (!text.isEmpty()) {
            for (String part : text.split(",")) {
                int colon = part.indexOf(':');
                long lo = Long.parseLong(colon < 0 ? part : part.substring(0, colon));
                long hi = colon < 0 ? lo : Long.parseLong(part.substring(colon + 1));
                ranges.add(new long[] {lo, hi});
            }
        }
        return UidSet.ofRanges(ranges);
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String unb64(String s) {
        return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
    }
}
