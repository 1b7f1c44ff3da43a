package org.parley.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IpRangeListTest {
    private static final IpRangeList LIST = IpRangeList.parse(
            "192.0.2.7\n10.0.0.0/8 ; office\n\n198.51.100.10-198.51.100.20\n2001:db8::/32\n[::1]\n");

    @Test
    void matchesAddressesCidrBlocksAndRanges() {
        assertThat(LIST.contains(IpRangeList.address("192.0.2.7"))).isTrue();
        assertThat(LIST.contains(IpRangeList.address("192.0.2.8"))).isFalse();
        assertThat(LIST.contains(IpRangeList.address("10.255.1.2"))).isTrue();
        assertThat(LIST.contains(IpRangeList.address("11.0.0.1"))).isFalse();
        assertThat(LIST.contains(IpRangeList.address("198.51.100.20"))).isTrue();
        assertThat(LIST.contains(IpRangeList.address("198.51.100.21"))).isFalse();
        assertThat(LIST.contains(IpRangeList.address("2001:db8:ffff::1"))).isTrue();
        assertThat(LIST.contains(IpRangeList.address("2001:db9::1"))).isFalse();
        assertThat(LIST.contains(IpRangeList.address("::1"))).isTrue();
    }

    @Test
    void ipv4MappedAddressesMatchIpv4Entries() {
        assertThat(LIST.contains(IpRangeList.address("::ffff:10.1.2.3"))).isTrue();
    }

    @Test
    void emptyListMatchesNothing() {
        assertThat(IpRangeList.parse("").contains(IpRangeList.address("127.0.0.1"))).isFalse();
        assertThat(IpRangeList.parse(null).isEmpty()).isTrue();
    }

    @Test
    void badEntriesNameTheLine() {
        assertThatThrownBy(() -> IpRangeList.parse("10.0.0.1\nmail.example.com")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> IpRangeList.parse("10.0.0.0/33")).hasMessageContaining("prefix");
        assertThatThrownBy(() -> IpRangeList.parse("10.0.0.9-10.0.0.1")).hasMessageContaining("range");
        assertThatThrownBy(() -> IpRangeList.parse("1.2.3.4-::1")).hasMessageContaining("range");
        assertThatThrownBy(() -> IpRangeList.parse("999.1.1.1")).hasMessageContaining("not an IP");
        assertThatThrownBy(() -> IpRangeList.parse("\u0000")).hasMessageContaining("not an IP");
    }
}
