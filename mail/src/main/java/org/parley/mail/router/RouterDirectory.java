package org.parley.mail.router;

import java.util.Optional;

/**
 * What the Router needs to know about local domains and their objects. The directory module
 * adapts its own service to this; tests use an in-memory map.
 *
 * <p>Implementations must be safe to call from many threads at once (every SMTP, SIP and login
 * session routes concurrently) and should answer from memory or a cache: {@link Router#route}
 * may call them several times per address. Nothing here returns null.
 */
public interface RouterDirectory {

    /** The main domain: addresses without a domain belong to it. Lower-case. */
    String mainDomain();

    /**
     * The canonical name of the local domain that {@code domain} names — itself for a main or
     * secondary domain, the real domain for a domain alias — or empty when it is not local.
     *
     * @param domain lower-case ASCII (A-labels), or an address literal such as {@code [192.0.2.1]}
     *               (answer for the server's own addresses)
     */
    Optional<String> canonicalDomain(String domain);

    /**
     * The object a local part names in a local domain: accounts and account aliases first, then
     * forwarders, then groups (COMPAT-CGP.md §3.3 step 3; the order inside is the directory's).
     *
     * @param localPart as the sender wrote it (case preserved; the directory decides case rules)
     * @param domain    a canonical name from {@link #canonicalDomain}
     * @return the object, or {@link DirectoryObject#UNKNOWN}
     */
    DirectoryObject lookup(String localPart, String domain);

    /** The domain's MailToUnknown setting; {@link MailToUnknown#REJECTED} when unset. */
    MailToUnknown mailToUnknown(String domain);
}
