package org.parley.store.message;

import java.util.List;

/** Builds ENVELOPE structures (RFC 9051 §7.5.2) and the sort keys derived from them. */
final class EnvelopeBuilder {
    private EnvelopeBuilder() {}

    /**
     * The envelope of a header block. Of repeated fields the first counts. Values are unfolded,
     * trimmed and not MIME-decoded; an empty field gives "" (an absent one null).
     */
    static Envelope of(HeaderBlock h, int maxAddresses) {
        List<Address> from = addresses(h, "From", maxAddresses);
        List<Address> sender = addresses(h, "Sender", maxAddresses);
        List<Address> replyTo = addresses(h, "Reply-To", maxAddresses);
        return new Envelope(
                h.firstValue("Date"),
                h.firstValue("Subject"),
                from,
                // RFC 9051 §7.5.2: an absent or empty Sender or Reply-To is reported as From
                sender.isEmpty() ? from : sender,
                replyTo.isEmpty() ? from : replyTo,
                addresses(h, "To", maxAddresses),
                addresses(h, "Cc", maxAddresses),
                addresses(h, "Bcc", maxAddresses),
                h.firstValue("In-Reply-To"),
                h.firstValue("Message-ID"));
    }

    private static List<Address> addresses(HeaderBlock h, String name, int max) {
        return AddressListParser.parse(h.firstValue(name), max);
    }

    /**
     * RFC 5256 §3 SORT FROM/TO/CC key: the addr-mailbox of the first address of the ENVELOPE list
     * (for a group, the group start marker, whose addr-mailbox is the group name), folded by
     * {@code i;ascii-casemap}; "" when the list is empty.
     */
    static String sortKey(List<Address> list) {
        if (list.isEmpty()) {
            return "";
        }
        String mailbox = list.getFirst().mailbox();
        return mailbox == null ? "" : AsciiCasemap.fold(mailbox);
    }

    /**
     * RFC 5957 §3 display value of the first address: the RFC 2047-decoded addr-name when not
     * empty; else addr-mailbox@addr-host when both are present; else addr-mailbox; else "".
     */
    static String displayKey(List<Address> list) {
        if (list.isEmpty()) {
            return "";
        }
        Address a = list.getFirst();
        if (a.name() != null) {
            String name = HeaderText.decodeWords(a.name());
            if (!name.isEmpty()) {
                return name;
            }
        }
        if (a.mailbox() != null && a.host() != null) {
            return a.mailbox() + "@" + a.host();
        }
        return a.mailbox() == null ? "" : a.mailbox();
    }
}
