package org.parley.mail.smtp.client;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.parley.core.io.DotStuffingOutputStream;
import org.parley.core.io.DotStuffingOutputStream.BareCr;
import org.parley.mail.smtp.codec.BodyType;
import org.parley.mail.smtp.codec.EhloCapabilities;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.MailParameters;
import org.parley.mail.smtp.codec.RcptParameters;
import org.parley.mail.smtp.codec.SmtpCommand;
import org.parley.mail.smtp.codec.SmtpCommandFormatter;
import org.parley.mail.smtp.codec.SmtpReply;

/**
 * One MAIL / RCPT* / DATA (or BDAT) exchange on an open {@link SmtpClientSession}, pipelined when
 * the server offers PIPELINING (RFC 2920). Not thread-safe; one use.
 */
final class Transaction {
    /** RFC 3463 X.6.3: conversion required but not supported. */
    private static final EnhancedStatusCode CONVERSION_NOT_SUPPORTED = new EnhancedStatusCode(5, 6, 3);

    private final SmtpClientSession session;
    private final OutboundMessage message;
    private final SmtpClientOptions options;
    private final int n;
    private final SmtpReply[] replies;

    Transaction(SmtpClientSession session, OutboundMessage message, SmtpClientOptions options) {
        this.session = session;
        this.message = message;
        this.options = options;
        this.n = message.recipients().size();
        this.replies = new SmtpReply[n];
    }

    TransmissionResult run() throws HostFailure {
        EhloCapabilities caps = session.capabilities();
        String host = session.host().toString();
        MailParameters p = message.parameters();
        long size = message.content().length;
        OptionalLong limit = caps.sizeLimit();
        if (limit.isPresent() && size > limit.getAsLong()) {
            // RFC 1870 §6: do not send what the server has said it will refuse
            throw new HostFailure(SmtpReply.of(552, EnhancedStatusCode.MESSAGE_TOO_BIG,
                    "message of " + size + " octets exceeds the limit of " + limit.getAsLong() + " of " + host));
        }
        if (p.smtpUtf8() && !caps.supports("SMTPUTF8")) {
            // RFC 6531 §3.2: without SMTPUTF8 at the next hop the message cannot go on as is
            throw new HostFailure(SmtpReply.of(553, EnhancedStatusCode.NON_ASCII_ADDRESS,
                    host + " does not support SMTPUTF8"));
        }
        boolean binary = p.body().orElse(null) == BodyType.BINARY_MIME;
        if (binary && !(caps.supports("BINARYMIME") && caps.supports("CHUNKING"))) {
            // RFC 3030 §3: BINARYMIME content cannot be sent without BDAT
            throw new HostFailure(SmtpReply.of(554, CONVERSION_NOT_SUPPORTED, host + " does not accept binary MIME"));
        }
        boolean dsn = caps.supports("DSN");
        MailParameters mail = MailParameters.NONE;
        if (caps.supports("SIZE")) {
            mail = mail.withSize(size);
        }
        if (p.body().isPresent() && (binary || caps.supports("8BITMIME"))) {
            mail = mail.withBody(p.body().get());
        }
        if (p.smtpUtf8()) {
            mail = mail.withSmtpUtf8();
        }
        if (dsn) {
            // RFC 3461 §5.2.1: a DSN-capable next hop gets RET and ENVID as received
            if (p.ret().isPresent()) {
                mail = mail.withRet(p.ret().get());
            }
            if (p.envelopeId().isPresent()) {
                mail = mail.withEnvelopeId(p.envelopeId().get());
            }
        }
        if (p.requireTls()) {
            mail = mail.withRequireTls();
        }
        List<SmtpCommand> commands = new ArrayList<>();
        commands.add(new SmtpCommand.Mail(message.sender(), mail));
        for (OutboundRecipient r : message.recipients()) {
            commands.add(new SmtpCommand.Rcpt(r.path(), dsn ? r.parameters() : RcptParameters.NONE));
        }
        boolean pipelining = caps.supports("PIPELINING");
        try {
            return pipelining ? pipelined(commands, binary, dsn) : lockStep(commands, binary, dsn);
        } catch (IOException e) {
            session.close();
            throw new HostFailure(SmtpReply.of(451, SmtpClientSession.BAD_CONNECTION,
                    "connection to " + host + " failed before the data: " + e.getMessage()));
        }
    }

    /** RFC 2920 §3.1: MAIL, every RCPT and DATA in one group; BDAT waits for the RCPT replies. */
    private TransmissionResult pipelined(List<SmtpCommand> commands, boolean binary, boolean dsn)
            throws IOException, HostFailure {
        List<SmtpCommand> group = new ArrayList<>(commands);
        if (!binary) {
            group.add(new SmtpCommand.Data());
        }
        session.sendGroup(group);
        SmtpReply mail = session.read(options.commandTimeout());
        int accepted = readRecipients();
        SmtpReply data = binary ? null : session.read(options.dataInitTimeout());
        if (!mail.isPositive()) {
            if (data != null && data.code() == 354) {
                finishEmptyData();
            }
            return mailRefused(mail, dsn);
        }
        if (accepted == 0) {
            if (data != null && data.code() == 354) {
                // RFC 2920 §3.1: DATA accepted although every RCPT failed: end it at once
                finishEmptyData();
            }
            return result(dsn);
        }
        return binary ? bdat(dsn) : data(data, dsn);
    }

    private TransmissionResult lockStep(List<SmtpCommand> commands, boolean binary, boolean dsn)
            throws IOException, HostFailure {
        session.send(commands.getFirst());
        SmtpReply mail = session.read(options.commandTimeout());
        if (!mail.isPositive()) {
            return mailRefused(mail, dsn);
        }
        int accepted = 0;
        for (int i = 0; i < n; i++) {
            session.send(commands.get(i + 1));
            replies[i] = session.read(options.commandTimeout());
            if (replies[i].isPositive()) {
                accepted++;
            }
        }
        if (accepted == 0) {
            return result(dsn);
        }
        if (binary) {
            return bdat(dsn);
        }
        session.send(new SmtpCommand.Data());
        return data(session.read(options.dataInitTimeout()), dsn);
    }

    private int readRecipients() throws IOException {
        int accepted = 0;
        for (int i = 0; i < n; i++) {
            replies[i] = session.read(options.commandTimeout());
            if (replies[i].isPositive()) {
                accepted++;
            }
        }
        return accepted;
    }

    /** A 4xx to MAIL is about this host (try the next); a 5xx is about the message. */
    private TransmissionResult mailRefused(SmtpReply mail, boolean dsn) throws HostFailure {
        if (mail.isPositive() || mail.isIntermediate()) {
            throw new HostFailure(SmtpReply.of(451, SmtpClientSession.BAD_CONNECTION, "unexpected reply to MAIL: " + mail));
        }
        session.quietQuit();
        if (mail.isTransientFailure()) {
            throw new HostFailure(mail);
        }
        Arrays.fill(replies, mail);
        return result(dsn);
    }

    private TransmissionResult data(SmtpReply dataReply, boolean dsn) {
        if (dataReply.code() != 354) {
            SmtpReply r = dataReply.isPositive()
                    ? SmtpReply.of(451, SmtpClientSession.BAD_CONNECTION, "unexpected reply to DATA: " + dataReply)
                    : dataReply;
            setAccepted(r);
            return result(dsn);
        }
        try {
            OutputStream raw = session.rawOutput();
            DotStuffingOutputStream body = new DotStuffingOutputStream(raw, BareCr.LINE_END);
            body.write(message.content());
            body.finish();
            body.flush();
            setAccepted(finalReply(session.read(options.dataEndTimeout())));
        } catch (IOException e) {
            session.close();
            setAccepted(lostDuringData(e));
        }
        return result(dsn);
    }

    /** RFC 3030 §2: the whole message as one last chunk. */
    private TransmissionResult bdat(boolean dsn) {
        try {
            byte[] content = message.content();
            session.rawOutput().write(SmtpCommandFormatter.encode(
                    new SmtpCommand.Bdat(content.length, true)));
            session.rawOutput().write(content);
            session.rawOutput().flush();
            setAccepted(finalReply(session.read(options.dataEndTimeout())));
        } catch (IOException e) {
            session.close();
            setAccepted(lostDuringData(e));
        }
        return result(dsn);
    }

    private void finishEmptyData() throws IOException {
        DotStuffingOutputStream body = new DotStuffingOutputStream(session.rawOutput(), BareCr.LINE_END);
        body.finish();
        body.flush();
        session.read(options.dataEndTimeout());
    }

    private static SmtpReply finalReply(SmtpReply r) {
        if (r.isIntermediate()) {
            return SmtpReply.of(451, SmtpClientSession.BAD_CONNECTION, "unexpected reply after the data: " + r);
        }
        return r;
    }

    private SmtpReply lostDuringData(IOException e) {
        return SmtpReply.of(451, SmtpClientSession.BAD_CONNECTION, "connection to " + session.host()
                + " lost during the data (" + e.getMessage() + "); the message may arrive twice");
    }

    private void setAccepted(SmtpReply r) {
        for (int i = 0; i < n; i++) {
            if (replies[i] != null && replies[i].isPositive()) {
                replies[i] = r;
            }
        }
    }

    private TransmissionResult result(boolean dsn) {
        return new TransmissionResult(List.of(replies), session.host().name(), dsn, session.tls());
    }
}
