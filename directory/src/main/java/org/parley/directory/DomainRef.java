package org.parley.directory;

/** A domain as stored: its stable id and canonical name (as the administrator wrote it). */
public record DomainRef(long id, String name) {}
