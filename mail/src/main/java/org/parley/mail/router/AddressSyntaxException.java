package org.parley.mail.router;

/**
 * An address the Router cannot split (see {@link RouterAddress#parse}). Unchecked, and without a
 * stack trace: hostile input arrives at network speed and must stay cheap to refuse.
 */
public final class AddressSyntaxException extends IllegalArgumentException {

    public AddressSyntaxException(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
