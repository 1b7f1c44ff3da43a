package org.parley.imap.codec;

import java.util.Set;

/**
 * A parsed command with its tag.
 *
 * @param leniencies the {@link Leniency} entries the parser had to apply to this command (empty
 *                   for a conforming command); the session logs them
 */
public record TaggedCommand(String tag, ImapCommand command, Set<Leniency> leniencies) {
    public TaggedCommand {
        leniencies = Set.copyOf(leniencies);
    }

    public TaggedCommand(String tag, ImapCommand command) {
        this(tag, command, Set.of());
    }
}
