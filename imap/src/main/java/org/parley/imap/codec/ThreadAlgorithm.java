package org.parley.imap.codec;

/** THREAD algorithms (RFC 5256 §3). */
public enum ThreadAlgorithm {
    ORDEREDSUBJECT,
    REFERENCES
}
