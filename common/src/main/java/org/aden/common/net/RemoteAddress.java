package org.aden.common.net;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import org.apache.mina.core.session.IoSession;

/**
 * The peer's address of a MINA session, remembered when the session is created: MINA answers null once the socket
 * is closed (a refused or reset connection), and every log line and limiter needs the address after that too.
 */
public final class RemoteAddress {
    private static final String ATTRIBUTE = "aden.remote-address";
    /** Shown when the socket was gone before its address could be read. */
    public static final String UNKNOWN = "(address unknown)";

    private RemoteAddress() {}

    /** Call from {@code sessionCreated}: reads and keeps the address while the socket is still open. */
    public static InetAddress remember(IoSession session) {
        InetAddress a = read(session.getRemoteAddress());
        if (a != null) {
            session.setAttribute(ATTRIBUTE, a);
        }
        return a;
    }

    /** The address kept by {@link #remember}, or read now; null only when the socket never had one. */
    public static InetAddress of(IoSession session) {
        Object kept = session.getAttribute(ATTRIBUTE);
        if (kept instanceof InetAddress a) {
            return a;
        }
        return remember(session);
    }

    /** The address as text for logs and per-address limits; never "null". */
    public static String text(IoSession session) {
        InetAddress a = of(session);
        return a != null ? a.getHostAddress() : UNKNOWN;
    }

    private static InetAddress read(SocketAddress sa) {
        return sa instanceof InetSocketAddress isa ? isa.getAddress() : null;
    }

    /**
     * The subnet an address belongs to for fairness limits: the /24 of an IPv4 address (also IPv4-mapped IPv6), the
     * /64 of an IPv6 address: one household, provider customer or rented server block.
     */
    public static String subnetOf(InetAddress a) {
        if (a == null) {
            return UNKNOWN;
        }
        byte[] b = a.getAddress();
        if (b.length == 16 && isV4Mapped(b)) {
            b = java.util.Arrays.copyOfRange(b, 12, 16);
        }
        if (b.length == 4) {
            return (b[0] & 0xFF) + "." + (b[1] & 0xFF) + "." + (b[2] & 0xFF) + ".0/24";
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            s.append(Integer.toHexString((b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF)))
                    .append(':');
        }
        return s.append(":/64").toString();
    }

    private static boolean isV4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
    }
}
