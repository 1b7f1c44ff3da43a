package org.parley.store.mail;

/** What one garbage-collection pass did: blobs deleted, orphan files adopted, rows examined. */
public record GcReport(int deleted, int adopted, int examined) {}
