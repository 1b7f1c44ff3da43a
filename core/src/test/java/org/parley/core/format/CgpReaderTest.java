package org.parley.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CLI command lines as clients send them (COMPAT-CGP.md §2.3, §2.5, §2.6). */
class CgpReaderTest {
    @Test
    void createAccountWithSettings() throws CgpSyntaxException {
        CgpReader r = new CgpReader("CREATEACCOUNT alice@example.org {Password=\"p4ss\";RealName=\"Alice Liddell\";}");
        assertThat(r.readWord()).isEqualTo("CREATEACCOUNT");
        assertThat(r.readString()).isEqualTo("alice@example.org");
        assertThat(r.readObject()).isEqualTo(Map.of("Password", "p4ss", "RealName", "Alice Liddell"));
        assertThat(r.atEnd()).isTrue();
        r.requireEnd();
    }

    @Test
    void quotedAccountNameAndTypeKeyword() throws CgpSyntaxException {
        CgpReader r = new CgpReader("CreateAccount \"user1@client1.com\" TextMailbox\r\n");
        assertThat(r.readWord()).isEqualTo("CreateAccount");
        assertThat(r.readString()).isEqualTo("user1@client1.com");
        assertThat(r.tryKeyword("MultiMailbox")).isFalse();
        assertThat(r.tryKeyword("TEXTMAILBOX")).isTrue();
        r.requireEnd();
    }

    @Test
    void renameWithKeywordInAnyCase() throws CgpSyntaxException {
        for (String line : List.of("RENAMEACCOUNT a INTO b", "renameaccount a into b", "RenameAccount  a\tInto  b ")) {
            CgpReader r = new CgpReader(line);
            assertThat(r.readWord()).isEqualToIgnoringCase("RENAMEACCOUNT");
            assertThat(r.readString()).isEqualTo("a");
            assertThat(r.tryKeyword("INTO")).isTrue();
            assertThat(r.readString()).isEqualTo("b");
            r.requireEnd();
        }
    }

    @Test
    void keywordMustMatchTheWholeWordAndConsumesNothingOtherwise() throws CgpSyntaxException {
        CgpReader r = new CgpReader("RENAMEACCOUNT a INTOX b");
        r.readWord();
        r.readString();
        int before = r.offset();
        assertThat(r.tryKeyword("INTO")).isFalse();
        assertThat(r.peekWord()).isEqualTo("INTOX");
        assertThat(r.readWord()).isEqualTo("INTOX");
        assertThat(r.offset()).isGreaterThan(before);
        // non-ASCII look-alikes do not match: U+0131 uppercases to 'I' in Java
        assertThat(new CgpReader("\u0131NTO").tryKeyword("INTO")).isFalse();
    }

    @Test
    void passwordWithQuotedValue() throws CgpSyntaxException {
        CgpReader r = new CgpReader("SETACCOUNTPASSWORD bob PASSWORD \"new pw\"");
        assertThat(r.readWord()).isEqualTo("SETACCOUNTPASSWORD");
        assertThat(r.readString()).isEqualTo("bob");
        assertThat(r.tryKeyword("TO")).isFalse();
        assertThat(r.tryKeyword("password")).isTrue();
        assertThat(r.readString()).isEqualTo("new pw");
        assertThat(r.tryKeyword("CHECK")).isFalse();
        r.requireEnd();
    }

    @Test
    void mailboxAclWithQuotedMailboxAndRightsDictionary() throws CgpSyntaxException {
        CgpReader r = new CgpReader("SETMAILBOXACL alice MAILBOX \"Shared/Team\" {bob=\"lrs\";carol=\"+w\";}");
        assertThat(r.readWord()).isEqualTo("SETMAILBOXACL");
        assertThat(r.readString()).isEqualTo("alice");
        assertThat(r.tryKeyword("MAILBOX")).isTrue();
        assertThat(r.readString()).isEqualTo("Shared/Team");
        assertThat(r.tryKeyword("AUTH")).isFalse();
        assertThat(r.peekWord()).isNull();
        Object acl = r.readObject();
        assertThat(acl).isEqualTo(Map.of("bob", "lrs", "carol", "+w"));
        assertThat(List.<Object>copyOf(((Map<?, ?>) acl).keySet())).containsExactly("bob", "carol");
        r.requireEnd();
    }

    @Test
    void unquotedForeignMailboxAndCurrentAccount() throws CgpSyntaxException {
        CgpReader r = new CgpReader("LISTMAILBOXES * FILTER ~bob/INBOX");
        assertThat(r.readWord()).isEqualTo("LISTMAILBOXES");
        assertThat(r.readString()).isEqualTo("*");
        assertThat(r.tryKeyword("FILTER")).isTrue();
        assertThat(r.readObject()).isEqualTo("~bob/INBOX");
        assertThat(r.atEnd()).isTrue();
    }

    @Test
    void arraysDataBlocksAndNumbersAsArguments() throws CgpSyntaxException {
        CgpReader r = new CgpReader("SETACCOUNTALIASES alice (al, \"a l\")");
        r.readWord();
        r.readString();
        assertThat(r.readObject()).isEqualTo(List.of("al", "a l"));
        r.requireEnd();

        r = new CgpReader("PUTWEBFILE alice FILE logo.png DATA [HcqHfHI=]");
        assertThat(List.of(r.readWord(), r.readString())).containsExactly("PUTWEBFILE", "alice");
        assertThat(r.tryKeyword("FILE")).isTrue();
        assertThat(r.readString()).isEqualTo("logo.png");
        assertThat(r.tryKeyword("DATA")).isTrue();
        assertThat((byte[]) r.readObject()).containsExactly(0x1D, 0xCA, 0x87, 0x7C, 0x72);
        r.requireEnd();

        r = new CgpReader("GETWEBFILE alice FILE x OFFSET #10");
        r.readWord();
        r.readString();
        r.tryKeyword("FILE");
        r.readString();
        assertThat(r.tryKeyword("OFFSET")).isTrue();
        assertThat(r.readObject()).isEqualTo(10L);
    }

    @Test
    void wordsStopAtStructuralChars() throws CgpSyntaxException {
        CgpReader r = new CgpReader("UPDATEACCOUNTSETTINGS bob{RealName=Bob;}");
        assertThat(r.readWord()).isEqualTo("UPDATEACCOUNTSETTINGS");
        assertThat(r.readWord()).isEqualTo("bob");
        assertThat(r.readObject()).isEqualTo(Map.of("RealName", "Bob"));
    }

    @Test
    void errorsCarryTheOffsetInTheLine() throws CgpSyntaxException {
        CgpReader r = new CgpReader("LISTACCOUNTS");
        r.readWord();
        assertThat(r.peekWord()).isNull();
        assertThatThrownBy(r::readWord).isInstanceOf(CgpSyntaxException.class)
                .hasMessage("expected a word but found end of input at 12");

        CgpReader s = new CgpReader("SETACCOUNTPASSWORD bob PASSWORD (x)");
        s.readWord();
        s.readString();
        s.tryKeyword("PASSWORD");
        assertThatThrownBy(s::readString).isInstanceOf(CgpSyntaxException.class)
                .hasMessage("expected a string but found '(' at 32");

        CgpReader t = new CgpReader("DELETEACCOUNT bob extra");
        t.readWord();
        t.readString();
        assertThatThrownBy(t::requireEnd).isInstanceOf(CgpSyntaxException.class)
                .hasMessage("unexpected 'e' after the end at 18");

        CgpReader v = new CgpReader("DELETEACCOUNT b\uD800b");
        v.readWord();
        assertThatThrownBy(v::readWord).isInstanceOf(CgpSyntaxException.class)
                .hasMessage("unpaired surrogate U+D800 at 15");

        CgpReader u = new CgpReader("RENAMEACCOUNT \"a INTO b");
        u.readWord();
        assertThatThrownBy(u::readString).isInstanceOf(CgpSyntaxException.class)
                .hasMessage("unterminated quoted string at 14");
    }

    @Test
    void elementLimitCoversTheWholeLine() throws CgpSyntaxException {
        CgpReader r = new CgpReader("X (a,b) (c,d)", new CgpLimits(100, 8, 3));
        r.readWord();
        r.readObject();
        assertThatThrownBy(r::readObject).isInstanceOf(CgpSyntaxException.class).hasMessage("more than 3 elements at 11");
    }
}
