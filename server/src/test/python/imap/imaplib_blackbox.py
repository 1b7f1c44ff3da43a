#!/usr/bin/env python3
"""Black-box test of Parley's IMAP server with Python's standard imaplib (a client nobody here wrote).

Usage: imaplib_blackbox.py HOST IMAP_PORT IMAPS_PORT CLI_PORT POSTMASTER_PASSWORD

Creates an account through the CLI (port 106 protocol), then drives IMAP over clear text and over
implicit TLS. Prints one line per check and a closing "N passed, N failed" line; exits non-zero
when any check failed.
"""
import imaplib
import socket
import ssl
import sys
import traceback

HOST, IMAP_PORT, IMAPS_PORT, CLI_PORT, PM_PASSWORD = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
USER, PASSWORD = "pyuser", "py-secret-1"
passed = 0
failed = 0


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print("ok   " + name)
    else:
        failed += 1
        print("FAIL " + name + (": " + str(detail) if detail else ""))


def cli(commands):
    """Speaks the CLI like a script: USER/PASS, INLINE, one status line per command."""
    with socket.create_connection((HOST, CLI_PORT), timeout=30) as s:
        f = s.makefile("rwb")

        def send(line):
            f.write((line + "\n").encode())
            f.flush()
            return f.readline().decode().strip()

        f.readline()
        send("USER postmaster")
        assert send("PASS " + PM_PASSWORD).startswith("200"), "CLI login failed"
        send("INLINE")
        for c in commands:
            reply = send(c)
            assert reply.startswith("200"), c + " -> " + reply


def message(subject, body):
    return ("From: Sender <sender@example.test>\r\nTo: " + USER + "@example.test\r\n"
            "Subject: " + subject + "\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n").encode("utf-8")


def session(m):
    typ, caps = m.capability()
    check("capability", typ == "OK" and b"IMAP4rev1" in caps[0] and b"IDLE" in caps[0], caps)
    typ, data = m.login(USER, PASSWORD)
    check("login", typ == "OK", data)
    typ, data = m.list()
    names = b"\n".join(data)
    check("list has INBOX and specials", typ == "OK" and b"INBOX" in names and b"\\Sent" in names, data)
    box = "Py" + str(m.port)
    typ, data = m.create(box)
    check("create", typ == "OK", data)
    typ, data = m.append(box, "(\\Flagged)", None, message("Grüße aus Python", "Der Bär tanzt im Schnee."))
    check("append with APPENDUID", typ == "OK" and b"APPENDUID" in data[0], data)
    m.append(box, None, None, message("Plain subject", "nothing special here"))
    typ, data = m.select(box)
    check("select", typ == "OK" and data[0] == b"2", data)

    caps = m.capabilities
    if "ESEARCH" in caps:
        # imaplib's way to send 8-bit search text: as a literal after the last argument
        m.literal = "Grüße".encode("utf-8")
        typ, data = m.search("UTF-8", "SUBJECT")
        check("search charset utf-8", typ == "OK" and data[0].split() == [b"1"], data)
        typ, data = m.search(None, "TEXT", "special")
        check("search text", typ == "OK" and data[0].split() == [b"2"], data)
        typ, data = m.uid("SEARCH", None, "FLAGGED")
        check("uid search", typ == "OK" and data[0].split() == [b"1"], data)

    typ, data = m.fetch("1", "(FLAGS BODY.PEEK[HEADER.FIELDS (SUBJECT)] RFC822.SIZE)")
    check("fetch header and flags", typ == "OK" and b"\\Flagged" in data[0][0] and "Grüße".encode() in data[0][1], data)
    typ, data = m.fetch("1", "(RFC822)")
    check("fetch rfc822", typ == "OK" and "Der Bär tanzt".encode() in data[0][1], data)
    typ, data = m.fetch("1", "(FLAGS)")
    check("rfc822 fetch set \\Seen", b"\\Seen" in data[0], data)
    typ, data = m.store("2", "+FLAGS", "(\\Deleted)")
    check("store", typ == "OK" and b"\\Deleted" in data[0], data)
    typ, data = m.copy("1", "INBOX")
    check("copy with COPYUID", typ == "OK", data)
    typ, data = m.expunge()
    check("expunge", typ == "OK" and data == [b"2"], data)
    typ, data = m.status(box, "(MESSAGES UNSEEN)")
    check("status", typ == "OK" and b"MESSAGES 1" in data[0], data)
    typ, data = m.close()
    check("close", typ == "OK", data)
    typ, data = m.logout()
    check("logout", typ == "BYE", data)


def main():
    cli(["CREATEACCOUNT " + USER + " {Password=\"" + PASSWORD + "\";}"])
    for name, connect in (
            ("imap", lambda: imaplib.IMAP4(HOST, IMAP_PORT, timeout=30)),
            ("imaps", lambda: imaplib.IMAP4_SSL(HOST, IMAPS_PORT, ssl_context=unverified(), timeout=30))):
        print("-- " + name)
        try:
            session(connect())
        except Exception as e:  # a crash is a failed check, with its trace
            traceback.print_exc()
            check(name + " session ran to the end", False, e)
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


def unverified():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


if __name__ == "__main__":
    main()
