package org.parley.store.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MimeParamsTest {
    private static MimeParams parse(String value) {
        return MimeParams.parse(value, 64);
    }

    @Test
    void valuesQuotesAndComments() {
        MimeParams p = parse("text/plain (a comment); charset=\"UTF-8\"; Format=flowed ; delsp = yes (why)");
        assertThat(p.value()).isEqualTo("text/plain");
        assertThat(p.params()).containsExactly(Map.entry("charset", "UTF-8"), Map.entry("format", "flowed"), Map.entry("delsp", "yes"));
        assertThat(parse("a/b; name=\"quoted \\\"inner\\\" ; semi\"").params()).containsExactly(Map.entry("name", "quoted \"inner\" ; semi"));
        assertThat(parse("a/b; name=my file.txt").params()).containsExactly(Map.entry("name", "my file.txt"));
        assertThat(parse("a/b; novalue; x=1; x=2; =3").params()).containsExactly(Map.entry("x", "1"));
        assertThat(parse("a/b; name=\"unterminated").params()).containsExactly(Map.entry("name", "unterminated"));
        assertThat(parse("  ").value()).isEmpty();
    }

    @Test
    void rfc2231ContinuationsCharsetsAndGaps() {
        assertThat(parse("a/b; x*=us-ascii'en-us'This%20is%20%2A%2A%2Afun%2A%2A%2A").params())
                .containsExactly(Map.entry("x", "This is ***fun***"));
        assertThat(parse("a/b; x*1=b; x*0=a; x*2*=%63").params()).containsExactly(Map.entry("x", "abc"));
        assertThat(parse("a/b; x*0=a; x*2=c").params()).containsExactly(Map.entry("x", "a"));
        assertThat(parse("a/b; name=plain; name*=utf-8''%C3%A9t%C3%A9").params()).containsExactly(Map.entry("name", "été"));
        assertThat(parse("a/b; x*=x-unknown''%C3%A9").params()).containsExactly(Map.entry("x", "é"));
        assertThat(parse("a/b; x*=utf-8''%ZZ%4").params()).containsExactly(Map.entry("x", "%ZZ%4"));
        assertThat(parse("a/b; x*99999=y").params()).containsExactly(Map.entry("x*99999", "y"));
        assertThat(parse("a/b; boundary*0=\"ab\"; boundary*1=\"cd\"").raw()).containsEntry("boundary*0", "ab");
    }

    @Test
    void rawUtf8ParameterValuesAreText() {
        String latin1 = new String("a/b; name=\"Übersicht.txt\"".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        MimeParams p = parse(latin1);
        assertThat(p.params()).containsExactly(Map.entry("name", "Übersicht.txt"));
        assertThat(p.raw().get("name")).isNotEqualTo("Übersicht.txt").hasSize("Übersicht.txt".length() + 1);
    }

    @Test
    void boundedParameterCount() {
        assertThat(MimeParams.parse("a/b" + "; p=1".repeat(10_000), 5).params()).hasSize(1);
        StringBuilder sb = new StringBuilder("a/b");
        for (int i = 0; i < 100; i++) {
            sb.append("; p").append(i).append("=v");
        }
        assertThat(MimeParams.parse(sb.toString(), 5).params()).hasSize(5);
    }
}
