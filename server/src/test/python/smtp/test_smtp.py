"""Black-box tests of Parley's SMTP, submission and LMTP listeners with Python's smtplib.

Run by org.parley.server.smtp.PythonSmtpIT against the packaged server; the environment names the
ports and accounts:

  PARLEY_SMTP, PARLEY_SUBMISSION, PARLEY_SMTPS, PARLEY_LMTP   listener ports on 127.0.0.1
  PARLEY_DOMAIN                                                the main domain
  PARLEY_ALICE, PARLEY_ALICE_PASSWORD, PARLEY_BOB, PARLEY_BOB_PASSWORD

  PARLEY_IMAPS                                                 IMAP over TLS, to read Bob's INBOX

Every message that should be delivered goes to Bob with a subject starting "python "; after the
sending tests, Inbox reads Bob's INBOX with imaplib and checks the trace and identity fields.
"""

import email
import email.policy
import email.utils
import imaplib
import os
import re
import smtplib
import socket
import ssl
import unittest

HOST = "127.0.0.1"
SMTP = int(os.environ["PARLEY_SMTP"])
SUBMISSION = int(os.environ["PARLEY_SUBMISSION"])
SMTPS = int(os.environ["PARLEY_SMTPS"])
LMTP = int(os.environ["PARLEY_LMTP"])
IMAPS = int(os.environ["PARLEY_IMAPS"])
DOMAIN = os.environ["PARLEY_DOMAIN"]
ALICE = os.environ["PARLEY_ALICE"]
ALICE_PASSWORD = os.environ["PARLEY_ALICE_PASSWORD"]
BOB = os.environ["PARLEY_BOB"]
BOB_PASSWORD = os.environ["PARLEY_BOB_PASSWORD"]


def tls_context():
    # the server's certificate is self-signed
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def message(subject, identity=None):
    """A message as a mail program writes it, with Date and Message-ID unless told otherwise."""
    if identity is None:
        identity = "Date: %s\r\nMessage-ID: %s\r\n" % (email.utils.formatdate(), email.utils.make_msgid())
    return ("From: someone@remote.example\r\nTo: %s\r\nSubject: %s\r\n%s\r\nHello from smtplib.\r\n"
            % (BOB, subject, identity))


class Delivery(unittest.TestCase):
    def test_port_25_without_authentication(self):
        with smtplib.SMTP(HOST, SMTP, local_hostname="client.example") as s:
            refused = s.sendmail("carol@remote.example", [BOB], message("python 25"))
            self.assertEqual(refused, {})

    def test_submission_with_starttls_and_auth_adds_date_and_message_id(self):
        with smtplib.SMTP(HOST, SUBMISSION, local_hostname="client.example") as s:
            s.ehlo()
            self.assertIn("starttls", s.esmtp_features)
            s.starttls(context=tls_context())
            s.ehlo()
            self.assertIn("PLAIN", s.esmtp_features["auth"])
            s.login(ALICE, ALICE_PASSWORD)
            # no Date: and no Message-ID: — the submission server adds them (RFC 6409 §8)
            refused = s.sendmail(ALICE, [BOB], "Subject: python 587\r\n\r\nbare message\r\n")
            self.assertEqual(refused, {})

    def test_smtps_with_auth(self):
        with smtplib.SMTP_SSL(HOST, SMTPS, context=tls_context()) as s:
            s.login("bob", BOB_PASSWORD)
            refused = s.sendmail(BOB, [BOB], message("python 465", "Date: Fri, 27 Nov 2026 10:00:00 +0100\r\n"
                                                      "Message-ID: <python-465@client.example>\r\n"))
            self.assertEqual(refused, {})

    def test_lmtp(self):
        with smtplib.LMTP(HOST, LMTP) as s:
            code, _ = s.ehlo("mta.example")  # smtplib.LMTP sends LHLO
            self.assertEqual(code, 250)
            refused = s.sendmail("carol@remote.example", [BOB], message("python lmtp"))
            self.assertEqual(refused, {})


class Refusals(unittest.TestCase):
    def test_submission_requires_auth(self):
        with smtplib.SMTP(HOST, SUBMISSION, local_hostname="client.example") as s:
            s.ehlo()
            code, resp = s.mail(ALICE)
            self.assertEqual(code, 530)
            self.assertTrue(resp.startswith(b"5.7.0"), resp)

    def test_wrong_password(self):
        with smtplib.SMTP_SSL(HOST, SMTPS, context=tls_context()) as s:
            with self.assertRaises(smtplib.SMTPAuthenticationError) as ctx:
                s.login(ALICE, "not the password")
            self.assertEqual(ctx.exception.smtp_code, 535)

    def test_open_relay_probes_are_refused(self):
        probes = ["<victim@other.example>",
                  "<victim%%other.example@%s>" % DOMAIN,
                  "<@%s:victim@other.example>" % DOMAIN,
                  "<\"victim@other.example\"@%s>" % DOMAIN,
                  "<other.example!victim@%s>" % DOMAIN]
        with smtplib.SMTP(HOST, SMTP, local_hostname="client.example") as s:
            s.ehlo()
            self.assertEqual(s.mail("carol@remote.example")[0], 250)
            for probe in probes:
                code, resp = s.docmd("RCPT TO:" + probe)
                self.assertEqual(code, 550, probe)
                self.assertTrue(resp.startswith(b"5.7.1"), (probe, resp))

    def test_someone_elses_sender_address(self):
        with smtplib.SMTP(HOST, SUBMISSION, local_hostname="client.example") as s:
            s.starttls(context=tls_context())
            s.login(ALICE, ALICE_PASSWORD)
            code, resp = s.mail(BOB)
            self.assertEqual(code, 553)
            self.assertTrue(resp.startswith(b"5.7.1"), resp)


class HostileInput(unittest.TestCase):
    def raw(self, port):
        sock = socket.create_connection((HOST, port), timeout=60)
        f = sock.makefile("rb")
        self.addCleanup(sock.close)
        self.addCleanup(f.close)
        return sock, f

    @staticmethod
    def reply(f):
        lines = []
        while True:
            line = f.readline()
            if not line:
                raise EOFError("connection closed")
            lines.append(line.rstrip(b"\r\n"))
            if line[3:4] != b"-":
                return int(line[:3]), lines

    def test_bare_lf_long_lines_nul_then_a_good_message(self):
        sock, f = self.raw(SMTP)
        self.assertEqual(self.reply(f)[0], 220)
        sock.sendall(b"EHLO client.example\r\n")
        self.assertEqual(self.reply(f)[0], 250)
        sock.sendall(b"NOOP " + b"x" * 100000 + b"\r\n")
        code, lines = self.reply(f)
        self.assertEqual((code, lines[0][:9]), (500, b"500 5.5.2"))
        sock.sendall(b"NOOP\0\r\n")
        self.assertEqual(self.reply(f)[0], 500)
        for content, expected in [(b"Subject: lf\n\nbare line feed\r\n", b"550 5.6.0"),
                                  (b"Subject: nul\r\n\r\na\0b\r\n", b"554 5.6.0")]:
            sock.sendall(b"MAIL FROM:<carol@remote.example>\r\n")
            self.assertEqual(self.reply(f)[0], 250)
            sock.sendall(b"RCPT TO:<" + BOB.encode() + b">\r\n")
            self.assertEqual(self.reply(f)[0], 250)
            sock.sendall(b"DATA\r\n")
            self.assertEqual(self.reply(f)[0], 354)
            sock.sendall(content + b".\r\n")
            code, lines = self.reply(f)
            self.assertEqual(lines[0][:9], expected, content)
        sock.sendall(b"MAIL FROM:<carol@remote.example>\r\nRCPT TO:<" + BOB.encode() + b">\r\nDATA\r\n")
        self.assertEqual([self.reply(f)[0] for _ in range(3)], [250, 250, 354])
        sock.sendall(message("python after hostile input").encode() + b".\r\nQUIT\r\n")
        self.assertEqual(self.reply(f)[0], 250)
        self.assertEqual(self.reply(f)[0], 221)


class Inbox(unittest.TestCase):
    """Runs after the sending tests: what reached Bob, read with imaplib."""

    EXPECTED = ["python 25", "python 587", "python 465", "python lmtp", "python after hostile input"]

    def messages(self):
        with imaplib.IMAP4_SSL(HOST, IMAPS, ssl_context=tls_context()) as imap:
            imap.login(BOB, BOB_PASSWORD)
            imap.select("INBOX", readonly=True)
            typ, data = imap.uid("SEARCH", None, "ALL")
            self.assertEqual(typ, "OK")
            raw = []
            for uid in data[0].split():
                typ, parts = imap.uid("FETCH", uid, "(BODY.PEEK[])")
                self.assertEqual(typ, "OK")
                raw.append(parts[0][1])
            return raw

    def test_every_delivered_message_has_trace_and_identity_fields(self):
        by_subject = {}
        for raw in self.messages():
            m = email.message_from_bytes(raw, policy=email.policy.compat32)
            by_subject[m["Subject"]] = (m, raw)
        self.assertEqual(sorted(by_subject), sorted(self.EXPECTED))
        for subject, (m, raw) in by_subject.items():
            self.assertTrue(raw.startswith(b"Return-Path: <"), subject)
            received = m.get_all("Received")
            self.assertEqual(len(received), 1, subject)
            self.assertRegex(received[0], r"^from \S+ \(\[127\.0\.0\.1\]\)", subject)
            self.assertIn("for <%s>;" % BOB, received[0], subject)
            self.assertIsNotNone(m["Message-ID"], subject)
            self.assertIsNotNone(email.utils.parsedate_tz(m["Date"]), subject)
        submitted = by_subject["python 587"][0]
        self.assertIn("with ESMTPSA id", submitted["Received"])
        self.assertRegex(submitted["Received"], r"\(TLSv1\.[23] TLS_\w+\)")
        self.assertTrue(submitted["Message-ID"].endswith("@%s>" % DOMAIN), submitted["Message-ID"])
        self.assertEqual(submitted["Return-Path"], "<%s>" % ALICE)
        self.assertEqual(by_subject["python 465"][0]["Message-ID"], "<python-465@client.example>")
        self.assertIn(" with LMTP id ", by_subject["python lmtp"][0]["Received"])
        self.assertIn(" with ESMTP id ", by_subject["python 25"][0]["Received"])


if __name__ == "__main__":
    # sending first, then the INBOX check
    loader = unittest.defaultTestLoader
    suite = unittest.TestSuite([loader.loadTestsFromTestCase(c) for c in (Delivery, Refusals, HostileInput, Inbox)])
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    raise SystemExit(0 if result.wasSuccessful() else 1)
