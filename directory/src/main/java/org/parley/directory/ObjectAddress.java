package org.parley.directory;

/**
 * An object named as {@code name} or {@code name@domain}, as the CLI and login names write it.
 * {@code domain} is null when the text had no {@code @}; the directory then uses the main domain.
 */
public record ObjectAddress(String name, String domain) {
    /** Splits at the last {@code @}. Neither part is validated here. */
    public static ObjectAddress parse(String text) {
        if (text == null) {
            throw new DirectoryException(DirectoryError.INVALID_NAME, "a name is required");
        }
        int at = text.lastIndexOf('@');
        if (at < 0) {
            return new ObjectAddress(text, null);
        }
        return new ObjectAddress(text.substring(0, at), text.substring(at + 1));
    }
}
