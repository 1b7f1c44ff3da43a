package org.parley.directory.settings;

/** A settings value that does not fit its key's type; the message names the key. */
public class InvalidSettingException extends RuntimeException {
    private final String key;

    public InvalidSettingException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The offending key as the caller wrote it. */
    public String key() {
        return key;
    }
}
