package org.parley.directory;

/** A directory operation refused for a reason the caller can fix; nothing was changed. */
public class DirectoryException extends RuntimeException {
    private final DirectoryError code;

    public DirectoryException(DirectoryError code, String message) {
        super(message);
        this.code = code;
    }

    public DirectoryError code() {
        return code;
    }

    static DirectoryException notFound(String what) {
        return new DirectoryException(DirectoryError.NOT_FOUND, what + " does not exist");
    }
}
