package org.parley.mail.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.directory.AccountRef;
import org.parley.mail.router.DirectoryObject;
import org.parley.mail.router.MailToUnknown;

/** The Router's view of a real directory: domains, address literals, objects, MailToUnknown. */
class DirectoryRouterDirectoryTest {
    @TempDir Path dir;
    MailFixture f;
    DirectoryRouterDirectory routing;

    @BeforeEach
    void setUp() throws Exception {
        f = new MailFixture(dir);
        routing = new DirectoryRouterDirectory(f.directory,
                Set.of(InetAddress.ofLiteral("192.0.2.7"), InetAddress.ofLiteral("2001:db8::7")));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void domainsAndTheirAliasesAreLocal() {
        f.directory.setDomainAliases(MailFixture.DOMAIN, List.of("example.net"));
        assertThat(routing.mainDomain()).isEqualTo(MailFixture.DOMAIN);
        assertThat(routing.canonicalDomain("EXAMPLE.NET")).contains(MailFixture.DOMAIN);
        assertThat(routing.canonicalDomain("other.example")).isEmpty();
    }

    @Test
    void onlyOurOwnAddressLiteralsAreLocal() {
        assertThat(routing.canonicalDomain("[192.0.2.7]")).contains(MailFixture.DOMAIN);
        assertThat(routing.canonicalDomain("[IPv6:2001:db8::7]")).contains(MailFixture.DOMAIN);
        assertThat(routing.canonicalDomain("[192.0.2.8]")).isEmpty();
        assertThat(routing.canonicalDomain("[2001:db8::7]")).as("IPv6 needs its tag").isEmpty();
        assertThat(routing.canonicalDomain("[not an address]")).isEmpty();
        assertThat(routing.canonicalDomain("[192.0.2.7")).isEmpty();
    }

    @Test
    void accountsAreFoundByNameWithTheirIds() {
        AccountRef alice = f.account("alice");
        assertThat(routing.lookup("alice", MailFixture.DOMAIN))
                .isEqualTo(new DirectoryObject.Account(Long.toString(alice.id()), "alice"));
        assertThat(routing.lookup("nobody", MailFixture.DOMAIN)).isEqualTo(DirectoryObject.UNKNOWN);
    }

    @Test
    void mailToUnknownFollowsTheDomainSettings() {
        assertThat(routing.mailToUnknown("no-such-domain.example")).isEqualTo(MailToUnknown.REJECTED);
        f.directory.updateDomainSettings(MailFixture.DOMAIN, Map.of("MailToUnknown", "Discarded"));
        assertThat(routing.mailToUnknown(MailFixture.DOMAIN)).isInstanceOf(MailToUnknown.Discarded.class);
        f.directory.updateDomainSettings(MailFixture.DOMAIN,
                Map.of("MailToUnknown", "Rerouted to", "MailRerouteAddress", "alice"));
        assertThat(routing.mailToUnknown(MailFixture.DOMAIN)).isEqualTo(new MailToUnknown.ReroutedTo("alice"));
    }
}
