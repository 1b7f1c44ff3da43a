package org.parley.admin.command;

/** A verb, what it works on, and its handler. */
public record CommandSpec(String verb, Subject subject, CommandHandler handler) {}
