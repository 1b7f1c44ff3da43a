package org.parley.store.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageIdsTest {
    @Test
    void extractsValidIdsInOrder() {
        assertThat(MessageIds.parseAll("<a@x> <b@y>\r\n\t<c@z>")).containsExactly("<a@x>", "<b@y>", "<c@z>");
        assertThat(MessageIds.parseAll("(comment <no@no>) <a@x>")).containsExactly("<a@x>");
        assertThat(MessageIds.parseAll("<a @ x>")).containsExactly("<a@x>");
        assertThat(MessageIds.parseAll("<noat> <@x> <y@> <> <ok@x>")).containsExactly("<ok@x>");
        assertThat(MessageIds.parseAll("<junk <real@x>")).containsExactly("<real@x>");
        assertThat(MessageIds.parseAll("<unterminated@x")).isEmpty();
        assertThat(MessageIds.parseAll(null)).isEmpty();
        assertThat(MessageIds.first("Your message of ... <id@host> and <other@host>")).isEqualTo("<id@host>");
        assertThat(MessageIds.first("none")).isNull();
    }

    @Test
    void longListsKeepTheRootAndTheNearestParents() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            sb.append("<m").append(i).append("@x> ");
        }
        var ids = MessageIds.parseAll(sb.toString());
        assertThat(ids).hasSize(MessageIds.MAX_IDS);
        assertThat(ids.getFirst()).isEqualTo("<m0@x>");
        assertThat(ids.get(1)).isEqualTo("<m4001@x>");
        assertThat(ids.getLast()).isEqualTo("<m4999@x>");
    }

    @Test
    void referencesFallBackToInReplyTo() {
        ParsedMessage m = MessageParser.parse(Fixtures.crlf("In-Reply-To: <p@x> (sent earlier)\nReferences: garbage\n\nb"));
        assertThat(m.references()).containsExactly("<p@x>");
        ParsedMessage none = MessageParser.parse(Fixtures.crlf("Subject: x\n\nb"));
        assertThat(none.references()).isEmpty();
    }
}
