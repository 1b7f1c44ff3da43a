package org.parley.directory;

/**
 * The closed set of reasons a directory operation is refused. Protocol and CLI code map each code
 * to a reply in one place; the message of the accompanying {@link DirectoryException} is meant
 * for administrators (it names the object), not for unauthenticated clients.
 */
public enum DirectoryError {
    /** The named domain, account, alias, forwarder or group does not exist. */
    NOT_FOUND,
    /** The name is already taken by another object in the same namespace. */
    ALREADY_EXISTS,
    /** A domain or object name breaks the naming rules. */
    INVALID_NAME,
    /** A setting has the wrong type or an unknown value; the message names the key. */
    INVALID_SETTING,
    /** The operation is not allowed on this object (the main domain, the postmaster account, missing rights). */
    PERMISSION,
    /** A domain still holds objects and the caller did not ask for a forced delete. */
    NOT_EMPTY
}
