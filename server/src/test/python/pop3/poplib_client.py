#!/usr/bin/env python3
"""Black-box POP3 checks with Python's standard poplib against a running Parley server.

Usage: poplib_client.py HOST PORT SSL_PORT USER PASSWORD APOP_USER APOP_PASSWORD

USER's INBOX must hold exactly three messages with subjects "poplib one", "poplib two" and
"poplib three"; the second has a body line that starts with a dot. APOP_USER must have a
reversible password (PasswordEncryption=clear) and at least one message. The script deletes
"poplib one" and prints one line per check; it exits non-zero at the first failed check.
"""
import poplib
import ssl
import sys


def check(condition, what):
    if not condition:
        print("FAILED: " + what, flush=True)
        sys.exit(1)
    print("ok: " + what, flush=True)


def expect_error(call, prefix, what):
    try:
        call()
    except poplib.error_proto as e:
        text = e.args[0] if isinstance(e.args[0], bytes) else str(e.args[0]).encode()
        check(text.startswith(prefix), what + " (" + text.decode(errors="replace") + ")")
        return
    check(False, what + " (no error)")


def trusting_context():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def subject(lines):
    for line in lines:
        if line.lower().startswith(b"subject:"):
            return line[len(b"subject:"):].strip().decode()
    return None


def main(host, port, ssl_port, user, password, apop_user, apop_password):
    # 1. plain port: CAPA, STLS, USER/PASS, the transaction commands, deletion at QUIT
    p = poplib.POP3(host, port, timeout=30)
    check(p.getwelcome().startswith(b"+OK"), "greeting")
    caps = p.capa()
    check("STLS" in caps and "UIDL" in caps and "TOP" in caps, "CAPA lists STLS, UIDL, TOP")
    expect_error(lambda: p.stat(), b"-ERR", "STAT before login is refused")
    expect_error(lambda: p._shortcmd("NOOP " + "x" * 5000), b"-ERR", "over-long line is refused")
    check("USER" in p.capa(), "session still usable after errors")
    p.stls(trusting_context())
    caps = p.capa()
    check("STLS" not in caps and "USER" in caps, "CAPA after STLS")
    p.user(user)
    p.pass_(password)
    count, size = p.stat()
    check(count == 3 and size > 0, "STAT after login: %d messages, %d octets" % (count, size))
    _, listing, _ = p.list()
    check(len(listing) == 3, "LIST has three entries")
    _, uids, _ = p.uidl()
    uid_by_number = dict(line.split() for line in uids)
    check(len(set(uid_by_number.values())) == 3, "UIDL gives three distinct ids")
    _, lines, octets = p.retr(1)
    check(subject(lines) == "poplib one", "RETR 1 subject")
    _, lines, _ = p.retr(2)
    check(b".dot line" in lines, "RETR un-stuffs a body line that starts with a dot")
    _, top, _ = p.top(3, 0)
    check(subject(top) == "poplib three" and top[-1] == b"", "TOP 3 0 is the header and the empty line")
    p.dele(1)
    expect_error(lambda: p.retr(1), b"-ERR", "RETR of a deleted message")
    p.rset()
    check(p.stat()[0] == 3, "RSET restores the message")
    p.dele(1)
    p.noop()
    expect_error(lambda: p.user(user), b"-ERR", "USER after login is refused")
    check(p.quit().startswith(b"+OK"), "QUIT")

    # 2. implicit TLS: the deletion happened, the other ids did not change
    s = poplib.POP3_SSL(host, ssl_port, context=trusting_context(), timeout=30)
    s.user(user)
    s.pass_(password)
    check(s.stat()[0] == 2, "POP3_SSL: two messages left")
    _, uids2, _ = s.uidl()
    remaining = [line.split()[1] for line in uids2]
    check(remaining == [uid_by_number[b"2"], uid_by_number[b"3"]], "UIDL stable across sessions")
    _, lines, _ = s.retr(1)
    check(subject(lines) == "poplib two", "message numbers start again at 1")
    s.quit()

    # 3. APOP with the greeting's timestamp
    a = poplib.POP3(host, port, timeout=30)
    a.apop(apop_user, apop_password)
    check(a.stat()[0] >= 1, "APOP login")
    a.quit()

    # 4. a wrong password is an [AUTH] failure
    w = poplib.POP3(host, port, timeout=30)
    w.user(user)
    expect_error(lambda: w.pass_("wrong"), b"-ERR [AUTH]", "wrong password")
    w.quit()
    print("poplib: all checks passed", flush=True)


if __name__ == "__main__":
    if len(sys.argv) != 8:
        print(__doc__)
        sys.exit(2)
    h, pt, sp, u, pw, au, ap = sys.argv[1:]
    main(h, int(pt), int(sp), u, pw, au, ap)
