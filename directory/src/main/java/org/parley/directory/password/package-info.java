/**
 * Password storage: Argon2id (RFC 9106) for checking clear-text logins, SCRAM-SHA-256 keys
 * (RFC 5802/7677) for SCRAM, and an AES-GCM sealed copy only for accounts that opt into
 * {@code PasswordEncryption=clear} (needed by CRAM-MD5 and APOP). Never the clear password.
 */
package org.parley.directory.password;
