package org.parley.store.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ValueTypesTest {
    @Test
    void uidSetsMergeAndPrintAsSequenceSets() {
        assertThat(UidSet.of(5, 1, 2, 3, 9, 10)).hasToString("1:3,5,9:10");
        assertThat(UidSet.of(4, 4, 4).size()).isEqualTo(1);
        assertThat(UidSet.ofRanges(List.of(new long[] {7, 3}, new long[] {8, 9}, new long[] {20, 20}))).hasToString("3:9,20");
        UidSet s = UidSet.of(1, 2, 3, 10);
        assertThat(s.contains(2)).isTrue();
        assertThat(s.contains(4)).isFalse();
        assertThat(s.contains(10)).isTrue();
        assertThat(s.toList()).containsExactly(1L, 2L, 3L, 10L);
        assertThat(UidSet.all().contains(UidSet.MAX_UID)).isTrue();
        assertThat(UidSet.empty().isEmpty()).isTrue();
        assertThatThrownBy(() -> UidSet.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UidSet.range(1, UidSet.MAX_UID + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UidSet.all().toList()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void uidSetContainsMatchesANaiveSet() {
        Random r = new Random(42);
        for (int round = 0; round < 50; round++) {
            java.util.Set<Long> naive = new java.util.TreeSet<>();
            for (int i = 0; i < 30; i++) {
                naive.add(1L + r.nextInt(100));
            }
            UidSet s = UidSet.of(naive);
            for (long u = 1; u <= 101; u++) {
                assertThat(s.contains(u)).isEqualTo(naive.contains(u));
            }
            assertThat(s.toList()).containsExactlyElementsOf(naive);
        }
    }

    @Test
    void flagsCompareCaseInsensitivelyAndKeepFirstSpelling() {
        Flags f = Flags.of("\\SEEN", "$Label", "$label", "Work", "\\Recent");
        assertThat(f.names()).containsExactly("\\Seen", "$Label", "Work");
        assertThat(f.plus(Flags.of("\\Deleted")).deleted()).isTrue();
        assertThat(f.minus(Flags.of("$LABEL", "\\Seen")).names()).containsExactly("Work");
        assertThat(f.sameAs(Flags.of("work", "$LABEL", "\\Seen"))).isTrue();
        assertThat(Flags.of(Flags.SEEN)).isSameAs(Flags.of(Flags.SEEN));
        for (String bad : List.of("", "a b", "a(b", "a]", "a\"", "x\u00e9", "a%", "a*", "a\\b", "k".repeat(101))) {
            assertThatThrownBy(() -> Flags.of(bad)).isInstanceOf(MailStoreException.class);
        }
    }

    @Test
    void rightsParseRfc4314AndCommuniGateLetters() {
        assertThat(Rights.parse("rl")).hasToString("lr");
        assertThat(Rights.parse("lrswipkxtea")).isEqualTo(Rights.ALL);
        assertThat(Rights.parse("cd")).hasToString("kxte");
        assertThat(Rights.parse("l0r9")).hasToString("lr"); // implementation rights ignored
        assertThat(Rights.ALL.toImap(true)).isEqualTo("lrswipkxteacd");
        assertThat(Rights.parse("lr").toImap(true)).isEqualTo("lr");
        assertThat(Rights.fromCgp("lrswip")).hasToString("lrswip");
        assertThat(Rights.fromCgp("c")).hasToString("k");
        assertThat(Rights.fromCgp("a").toCgp()).isEqualTo("a");
        assertThat(Rights.parse("te").toCgp()).isEqualTo("d");
        assertThatThrownBy(() -> Rights.fromCgp("k")).isInstanceOf(MailStoreException.class);
        assertThatThrownBy(() -> Rights.parse("lrQ")).isInstanceOf(MailStoreException.class);
    }

    @Test
    void aclEvaluationHandlesAnyoneGroupsAndNegativeRights() {
        TestPrincipals p = new TestPrincipals().add(1, "a@x.org").member("staff", 1);
        java.util.Map<String, String> acl = new java.util.LinkedHashMap<>();
        acl.put("anyone", "l");
        acl.put("#staff", "rs");
        acl.put("a@x.org", "iw");
        acl.put("-#staff", "w");
        assertThat(AclRows.evaluate(acl, 1, "a@x.org", p)).hasToString("lrsi");
        assertThat(AclRows.evaluate(acl, 2, "b@x.org", p)).hasToString("l");
        assertThat(AclRows.identifier("ANYONE")).isEqualTo("anyone");
        assertThat(AclRows.identifier("Bob@Example.COM")).isEqualTo("bob@example.com");
        for (String bad : List.of("", "-", "#", "a b", "a\u0000", "x".repeat(256))) {
            assertThatThrownBy(() -> AclRows.identifier(bad)).isInstanceOf(MailStoreException.class);
        }
    }

    @Test
    void mailboxNamesAreNormalizedAndHostileOnesRefused() {
        assertThat(MailboxNames.normalize("inbox")).isEqualTo("INBOX");
        assertThat(MailboxNames.normalize("Inbox/Sub")).isEqualTo("INBOX/Sub");
        assertThat(MailboxNames.normalize("Inboxes")).isEqualTo("Inboxes");
        assertThat(MailboxNames.normalize("Work/")).isEqualTo("Work");
        assertThat(MailboxNames.normalize("Ünïcødé/日本")).isEqualTo("Ünïcødé/日本");
        assertThat(MailboxNames.normalizeAny("~bob/inbox")).isEqualTo("~bob/INBOX");
        assertThat(MailboxNames.ancestors("a/b/c")).containsExactly("a", "a/b");
        assertThat(MailboxNames.parent("a/b/c")).isEqualTo("a/b");
        assertThat(MailboxNames.isSelfOrBelow("a/bc", "a/b")).isFalse();
        assertThat(MailboxNames.isSelfOrBelow("a/b/c", "a/b")).isTrue();
        List<String> bad = List.of("", "/", "//", "a//b", "/a", "a\u0000", "a\r\nb", "a\u007f", "~x",
                "x".repeat(1001), "a/".repeat(32) + "b", "bad\ud800surrogate", "\udc00");
        for (String b : bad) {
            assertThatThrownBy(() -> MailboxNames.normalize(b)).as(b).isInstanceOf(MailStoreException.class);
        }
        assertThatThrownBy(() -> MailboxNames.normalizeAny("~/x")).isInstanceOf(MailStoreException.class);
        assertThatThrownBy(() -> MailboxNames.normalizeAny("~a b/x")).isInstanceOf(MailStoreException.class);
        assertThatThrownBy(() -> MailboxNames.normalize(null)).isInstanceOf(MailStoreException.class);
        Random r = new Random(3);
        for (int i = 0; i < 2000; i++) {
            char[] junk = new char[r.nextInt(12)];
            for (int k = 0; k < junk.length; k++) {
                junk[k] = (char) r.nextInt(0x3000);
            }
            try {
                String n = MailboxNames.normalize(new String(junk));
                assertThat(MailboxNames.normalize(n)).isEqualTo(n); // canonical form is stable
            } catch (MailStoreException expected) {
                assertThat(expected.error()).isEqualTo(MailError.INVALID_NAME);
            }
        }
    }

    @Test
    void mailboxClassesAcceptOurNamesAndCommuniGates() {
        assertThat(MailboxClass.parse("IPF.Appointment")).isEqualTo(MailboxClass.CALENDAR);
        assertThat(MailboxClass.parse("tasks")).isEqualTo(MailboxClass.TASKS);
        assertThat(MailboxClass.parse("")).isEqualTo(MailboxClass.MAIL);
        assertThatThrownBy(() -> MailboxClass.parse("spreadsheets")).isInstanceOf(MailStoreException.class);
        assertThat(SpecialUse.parse("\\sent")).isEqualTo(SpecialUse.SENT);
        assertThat(SpecialUse.decode(SpecialUse.encode(java.util.EnumSet.of(SpecialUse.ALL, SpecialUse.TRASH))))
                .containsExactlyInAnyOrder(SpecialUse.ALL, SpecialUse.TRASH);
    }
}
