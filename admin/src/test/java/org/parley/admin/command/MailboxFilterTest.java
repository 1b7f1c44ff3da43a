package org.parley.admin.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.parley.admin.codec.CliException;

/** The LISTMAILBOXES FILTER wildcards (RFC 9051 §6.3.9), including hostile patterns. */
class MailboxFilterTest {
    private static boolean m(String pattern, String name) {
        return MailboxFilter.of(pattern).matches(name);
    }

    @Test
    void starMatchesAcrossLevelsPercentWithinOne() {
        assertThat(m("*", "a/b/c")).isTrue();
        assertThat(m("%", "a")).isTrue();
        assertThat(m("%", "a/b")).isFalse();
        assertThat(m("a/%", "a/b")).isTrue();
        assertThat(m("a/%", "a/b/c")).isFalse();
        assertThat(m("a/*", "a/b/c")).isTrue();
        assertThat(m("a/*", "a")).isFalse();
        assertThat(m("a*", "a")).isTrue();
        assertThat(m("a%", "a")).isTrue();
        assertThat(m("%/%", "a/b")).isTrue();
        assertThat(m("%/%", "a/b/c")).isFalse();
        assertThat(m("*b", "a/b")).isTrue();
        assertThat(m("*b", "a/bc")).isFalse();
        assertThat(m("a%c", "abbc")).isTrue();
        assertThat(m("a%c", "ab/c")).isFalse();
        assertThat(m("a*c", "ab/c")).isTrue();
        assertThat(m("**", "")).isTrue();
        assertThat(m("%*%", "x/y")).isTrue();
    }

    @Test
    void literalsAreExactExceptInbox() {
        assertThat(m("Sent", "Sent")).isTrue();
        assertThat(m("sent", "Sent")).isFalse();
        assertThat(m("Sent", "Sent Items")).isFalse();
        assertThat(m("inbox", "INBOX")).isTrue();
        assertThat(m("Inbox/%", "INBOX/x")).isTrue();
        assertThat(m("inboxes", "INBOXES")).isFalse();
        assertThat(m("a.b", "a.b")).isTrue();
        assertThat(m("a.b", "axb")).isFalse(); // no regular-expression meaning
        assertThat(m("a?b", "axb")).isFalse();
        assertThat(m("Ü*", "Übersicht")).isTrue();
    }

    @Test
    void hostilePatternsStayCheapAndBounded() {
        String name = "a".repeat(1000);
        String pattern = "*a".repeat(500) + "b";
        assertThat(m(pattern, name)).isFalse(); // exponential for a backtracking matcher
        assertThat(m("%a".repeat(500), name)).isTrue();
        assertThat(m("*".repeat(MailboxFilter.MAX_LENGTH), name)).isTrue();
        assertThatThrownBy(() -> MailboxFilter.of("*".repeat(MailboxFilter.MAX_LENGTH + 1))).isInstanceOf(CliException.class);
        assertThatThrownBy(() -> MailboxFilter.of("")).isInstanceOf(CliException.class);
        assertThat(m("\u0000*", "\u0000x")).isTrue(); // odd characters are just characters
    }
}
