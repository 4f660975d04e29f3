package org.aden.login.ban;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class IpRangeTest {
    private static InetAddress ip(String s) throws Exception {
        return InetAddress.getByName(s);
    }

    @Test
    void singleAddressesAndCidrRanges() throws Exception {
        assertTrue(IpRange.parse("10.1.2.3").contains(ip("10.1.2.3")));
        assertFalse(IpRange.parse("10.1.2.3").contains(ip("10.1.2.4")));
        IpRange r = IpRange.parse("192.168.4.77/22");
        assertTrue(r.contains(ip("192.168.4.0")));
        assertTrue(r.contains(ip("192.168.7.255")));
        assertFalse(r.contains(ip("192.168.8.0")));
        assertTrue(IpRange.parse("0.0.0.0/0").contains(ip("8.8.8.8")));
        assertTrue(IpRange.parse("2001:db8::/32").contains(ip("2001:db8:1::5")));
        assertFalse(IpRange.parse("2001:db8::/32").contains(ip("10.0.0.1")));
    }

    @Test
    void rejectsNonsenseWithoutDns() {
        assertThrows(IllegalArgumentException.class, () -> IpRange.parse("example.com"));
        assertThrows(IllegalArgumentException.class, () -> IpRange.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> IpRange.parse("10.0.0.0/x"));
    }
}
