package org.parley.mail.smtp.session;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.mail.smtp.codec.EsmtpExtension;
import org.parley.mail.smtp.codec.SmtpCommandParser;
import org.parley.mail.smtp.codec.SmtpParserConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One command parser per set of enabled extensions: MAIL and RCPT parameters are accepted only for
 * extensions the session advertised (RFC 5321 §4.1.1.11), and that set changes with EHLO,
 * STARTTLS and AUTH. There are only a few distinct sets, so parsers are cached. Thread-safe.
 */
public final class CommandParsers {
    private static final Logger LOG = LoggerFactory.getLogger(CommandParsers.class);

    private final SmtpParserConfig base;
    private final ConcurrentHashMap<Set<EsmtpExtension>, SmtpCommandParser> cache = new ConcurrentHashMap<>();

    public CommandParsers(SmtpParserConfig base) {
        this.base = base;
    }

    public SmtpCommandParser forExtensions(Set<EsmtpExtension> extensions) {
        Set<EsmtpExtension> key = extensions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(extensions));
        // the leniency callback runs on the session thread, so the log line carries its MDC
        return cache.computeIfAbsent(key, k -> new SmtpCommandParser(base.withExtensions(k),
                leniency -> LOG.debug("tolerated {}", leniency)));
    }

    public SmtpParserConfig config() {
        return base;
    }
}
