package org.parley.imap.codec;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.store.message.Address;
import org.parley.store.message.BodyPart;
import org.parley.store.message.Envelope;

/**
 * ENVELOPE, BODYSTRUCTURE and BODY from the store's parsed-message records, following the
 * grammar of RFC 9051 §9 (envelope, body) and the descriptions of §7.5.2.
 *
 * <p>Media types, subtypes, parameter names, encodings and disposition types are written
 * upper-case as in the RFC's examples; values as stored. A multipart without children (a broken
 * message) is given one empty text/plain child, since {@code body-type-mpart} needs at least one.
 */
final class BodyStructureRenderer {
    private static final BodyPart EMPTY_TEXT = new BodyPart("text", "plain", Map.of("charset", "us-ascii"), null, null,
            "7bit", 0, 0, null, null, null, null, null, null, null, null, 0, 0, 0);

    private BodyStructureRenderer() {}

    /** envelope = "(" env-date SP env-subject SP env-from SP env-sender SP env-reply-to SP env-to SP env-cc SP env-bcc SP env-in-reply-to SP env-message-id ")". */
    static void envelope(ImapWriter w, Envelope e) throws IOException {
        w.openParen();
        w.nstring(e.date()).sp();
        w.nstring(e.subject()).sp();
        addresses(w, e.from());
        w.sp();
        addresses(w, e.sender());
        w.sp();
        addresses(w, e.replyTo());
        w.sp();
        addresses(w, e.to());
        w.sp();
        addresses(w, e.cc());
        w.sp();
        addresses(w, e.bcc());
        w.sp();
        w.nstring(e.inReplyTo()).sp();
        w.nstring(e.messageId());
        w.closeParen();
    }

    /** "(" 1*address ")" / nil; group markers are addresses with NIL host (RFC 9051 §7.5.2). */
    private static void addresses(ImapWriter w, List<Address> list) throws IOException {
        if (list.isEmpty()) {
            w.nil();
            return;
        }
        w.openParen();
        for (Address a : list) {
            w.openParen();
            w.nstring(a.name()).sp();
            w.nstring(a.route()).sp();
            w.nstring(a.mailbox()).sp();
            w.nstring(a.host());
            w.closeParen();
        }
        w.closeParen();
    }

    /** body = "(" (body-type-1part / body-type-mpart) ")"; {@code extensible} adds the extension data. */
    static void body(ImapWriter w, BodyPart p, boolean extensible) throws IOException {
        w.openParen();
        if (p.isMultipart()) {
            List<BodyPart> children = p.children().isEmpty() ? List.of(EMPTY_TEXT) : p.children();
            for (BodyPart child : children) {
                body(w, child, extensible);
            }
            w.sp().string(upper(p.subtype(), "MIXED"));
            if (extensible) {
                // body-ext-mpart = body-fld-param [SP body-fld-dsp [SP body-fld-lang [SP body-fld-loc]]]
                w.sp();
                params(w, p.params());
                extensionTail(w, p);
            }
        } else {
            w.string(upper(p.type(), "TEXT")).sp().string(upper(p.subtype(), "PLAIN")).sp();
            // body-fields = body-fld-param SP body-fld-id SP body-fld-desc SP body-fld-enc SP body-fld-octets
            params(w, p.params());
            w.sp().nstring(p.id());
            w.sp().nstring(p.description());
            w.sp().string(upper(p.encoding(), "7BIT"));
            w.sp().number(p.size());
            if (p.isMessage() && p.envelope() != null) {
                // body-type-msg: ... SP envelope SP body SP body-fld-lines
                w.sp();
                envelope(w, p.envelope());
                w.sp();
                body(w, p.message(), extensible);
                w.sp().number(p.lines());
            } else if (p.isText()) {
                // body-type-text: ... SP body-fld-lines
                w.sp().number(p.lines());
            }
            if (extensible) {
                // body-ext-1part = body-fld-md5 [SP body-fld-dsp [SP body-fld-lang [SP body-fld-loc]]]
                w.sp().nstring(p.md5());
                extensionTail(w, p);
            }
        }
        w.closeParen();
    }

    /** SP body-fld-dsp SP body-fld-lang SP body-fld-loc. */
    private static void extensionTail(ImapWriter w, BodyPart p) throws IOException {
        w.sp();
        if (p.disposition() == null) {
            w.nil();
        } else {
            w.openParen().string(p.disposition().toUpperCase(Locale.ROOT)).sp();
            params(w, p.dispositionParams());
            w.closeParen();
        }
        w.sp();
        List<String> language = p.language();
        if (language.isEmpty()) {
            w.nil();
        } else if (language.size() == 1) {
            w.string(language.getFirst());
        } else {
            w.openParen();
            for (int i = 0; i < language.size(); i++) {
                if (i > 0) {
                    w.sp();
                }
                w.string(language.get(i));
            }
            w.closeParen();
        }
        w.sp().nstring(p.location());
    }

    /** body-fld-param = "(" string SP string *(SP string SP string) ")" / nil. */
    private static void params(ImapWriter w, Map<String, String> params) throws IOException {
        if (params.isEmpty()) {
            w.nil();
            return;
        }
        w.openParen();
        boolean first = true;
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (!first) {
                w.sp();
            }
            first = false;
            w.string(e.getKey().toUpperCase(Locale.ROOT)).sp().string(e.getValue() == null ? "" : e.getValue());
        }
        w.closeParen();
    }

    private static String upper(String s, String fallback) {
        return s == null || s.isEmpty() ? fallback : s.toUpperCase(Locale.ROOT);
    }
}
