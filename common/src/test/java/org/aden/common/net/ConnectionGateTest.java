package org.aden.common.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;

class ConnectionGateTest {
    static final class Clock implements InstantSource {
        long millis = 1_000_000;

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }

    static InetAddress ip(String s) throws UnknownHostException {
        return InetAddress.getByName(s);
    }

    @Test
    void ratePerAddressAndConcurrencyPerAddress() throws Exception {
        Clock clock = new Clock();
        ConnectionGate<String> g = new ConnectionGate<>(new ConnectionGate.Limits(3, 2, 0, 0), clock);
        var a1 = g.tryAdmit(ip("10.0.0.1"), "a1");
        assertTrue(a1.admitted());
        assertTrue(g.tryAdmit(ip("10.0.0.1"), "a2").admitted());
        assertFalse(g.tryAdmit(ip("10.0.0.1"), "a3").admitted(), "third concurrent");
        assertTrue(g.tryAdmit(ip("10.0.0.2"), "b").admitted(), "other addresses unaffected");
        g.release(a1.ticket());
        assertFalse(g.tryAdmit(ip("10.0.0.1"), "a4").admitted(), "fourth in the same second");
        clock.millis += 1000;
        assertTrue(g.tryAdmit(ip("10.0.0.1"), "a5").admitted());
    }

    @Test
    void manyAddressesOfOneSubnetShareItsLimit() throws Exception {
        ConnectionGate<String> g = new ConnectionGate<>(new ConnectionGate.Limits(0, 30, 50, 0), new Clock());
        int admitted = 0;
        for (int host = 1; host <= 90; host++) {
            for (int i = 0; i < 30; i++) {
                if (g.tryAdmit(ip("127.0.0." + host), "x").admitted()) {
                    admitted++;
                }
            }
        }
        assertEquals(50, admitted);
        assertTrue(g.tryAdmit(ip("127.0.1.1"), "next subnet").admitted());
        assertTrue(
                g.tryAdmit(ip("::ffff:127.0.2.1"), "v4-mapped counts as IPv4").admitted());
        assertEquals("127.0.2.0/24", RemoteAddress.subnetOf(ip("::ffff:127.0.2.9")));
        assertEquals("2001:db8:0:1::/64", RemoteAddress.subnetOf(ip("2001:db8:0:1:ffff::1")));
    }

    @Test
    void whenFullANewcomerDisplacesTheOldestUnfinishedLoginOfTheMostCrowdedSubnet() throws Exception {
        ConnectionGate<String> g = new ConnectionGate<>(new ConnectionGate.Limits(0, 0, 0, 10), new Clock());
        ConnectionGate.Ticket<String> first = null;
        for (int i = 0; i < 9; i++) {
            var d = g.tryAdmit(ip("10.1.1." + (i + 1)), "flood" + i);
            if (i == 0) {
                first = d.ticket();
            }
        }
        g.handshakeDone(first); // a logged-in connection is never displaced
        var player = g.tryAdmit(ip("192.168.5.5"), "player");
        assertTrue(player.admitted());
        assertFalse(player.full());
        assertNull(player.displaced(), "not full yet");

        var newcomer = g.tryAdmit(ip("172.16.0.1"), "newcomer");
        assertTrue(newcomer.admitted());
        assertFalse(newcomer.full());
        assertEquals("flood1", newcomer.displaced(), "oldest unfinished one of the crowded subnet");
        assertEquals(10, g.open());

        // one more from the crowded subnet itself cannot displace its own: it is told the server is full
        var more = g.tryAdmit(ip("10.1.1.200"), "more");
        assertTrue(more.full());
        assertNull(more.displaced());
    }
}
