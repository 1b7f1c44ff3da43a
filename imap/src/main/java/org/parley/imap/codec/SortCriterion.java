package org.parley.imap.codec;

/** One SORT criterion (RFC 5256 §3, RFC 5957 DISPLAYFROM/DISPLAYTO). */
public record SortCriterion(Key key, boolean reverse) {
    public enum Key {
        ARRIVAL,
        CC,
        DATE,
        FROM,
        SIZE,
        SUBJECT,
        TO,
        DISPLAYFROM,
        DISPLAYTO
    }
}
