package org.parley.mail.smtp.codec;

/** The MAIL BODY= value (RFC 6152 §2, RFC 3030 §3). */
public enum BodyType {
    SEVEN_BIT("7BIT"),
    EIGHT_BIT_MIME("8BITMIME"),
    /** RFC 3030 §3: requires BDAT for the content. */
    BINARY_MIME("BINARYMIME");

    private final String keyword;

    BodyType(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }
}
