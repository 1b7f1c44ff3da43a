package org.parley.imap.server;

import java.util.ArrayList;
import java.util.List;
import org.parley.directory.sasl.SaslMechanisms;
import org.parley.imap.session.CapabilitySource;

/**
 * The CAPABILITY list (RFC 9051 §6.1.1, §7.2.2). Before login: STARTTLS while not secure,
 * LOGINDISABLED and no AUTH=PLAIN/LOGIN where plain-text passwords are not acceptable
 * (RFC 9051 §6.2.3, RFC 8314 spirit), SASL-IR. After login: every extension, and no
 * authentication capabilities. IMAP4rev1 and IMAP4rev2 are both offered (RFC 9051 Appendix E).
 */
public final class Capabilities implements CapabilitySource {
    private final SaslMechanisms sasl;
    private final long appendLimit;

    /** @param appendLimit largest APPEND the parser accepts (RFC 7889 APPENDLIMIT) */
    public Capabilities(SaslMechanisms sasl, long appendLimit) {
        this.sasl = sasl;
        this.appendLimit = appendLimit;
    }

    @Override
    public List<String> capabilities(boolean authenticated, boolean canStartTls, boolean plaintextAllowed, boolean compressed) {
        List<String> caps = new ArrayList<>(64);
        caps.add("IMAP4rev1");
        caps.add("IMAP4rev2");
        if (!authenticated) {
            if (canStartTls) {
                caps.add("STARTTLS");
            }
            if (!plaintextAllowed) {
                caps.add("LOGINDISABLED");
            }
            for (String mech : sasl.available(plaintextAllowed)) {
                caps.add("AUTH=" + mech);
            }
            caps.add("SASL-IR");
        }
        caps.add("LITERAL+");
        caps.add("ENABLE");
        caps.add("IDLE");
        caps.add("NAMESPACE");
        caps.add("ID");
        caps.add("UNSELECT");
        caps.add("CHILDREN");
        caps.add("UIDPLUS");
        caps.add("MOVE");
        caps.add("LIST-EXTENDED");
        caps.add("LIST-STATUS");
        caps.add("SPECIAL-USE");
        caps.add("CREATE-SPECIAL-USE");
        caps.add("CONDSTORE");
        caps.add("QRESYNC");
        caps.add("ESEARCH");
        caps.add("SEARCHRES");
        caps.add("SORT");
        caps.add("SORT=DISPLAY");
        caps.add("THREAD=ORDEREDSUBJECT");
        caps.add("THREAD=REFERENCES");
        caps.add("WITHIN");
        caps.add("ACL");
        caps.add("RIGHTS=texk");
        caps.add("QUOTA");
        caps.add("QUOTA=RES-STORAGE");
        caps.add("QUOTA=RES-MESSAGE");
        caps.add("BINARY");
        caps.add("MULTIAPPEND");
        caps.add("APPENDLIMIT=" + appendLimit);
        caps.add("STATUS=SIZE");
        caps.add("UTF8=ACCEPT");
        if (!compressed) {
            caps.add("COMPRESS=DEFLATE");
        }
        return caps;
    }
}
