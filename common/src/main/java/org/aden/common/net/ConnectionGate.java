package org.aden.common.net;

import java.net.InetAddress;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;

/**
 * Admission of new connections so that no one actor can fill the server: per address, at most {@code perSecond}
 * new connections in any one-second window and {@code perAddress} open; per subnet (IPv4 /24, IPv6 /64) at most
 * {@code perSubnet} open; and a global {@code total}. When the server is full, a newcomer takes the place of the
 * oldest connection still in its handshake from the subnet holding the most connections, if that subnet holds
 * clearly more than the newcomer's own: a flood of slow handshakes from a few networks cannot keep everybody else
 * out. Connections that finished their handshake ({@link #handshakeDone}) are never displaced. 0 means no limit.
 *
 * @param <C> the caller's connection type, handed back when one has to be closed to make room
 */
public final class ConnectionGate<C> {
    public record Limits(int perSecond, int perAddress, int perSubnet, int total) {}

    /** One admitted connection; give it back with {@link #release}. */
    public static final class Ticket<C> {
        final InetAddress address;
        final String subnet;
        final C connection;
        boolean pending = true;
        boolean released;

        Ticket(InetAddress address, String subnet, C connection) {
            this.address = address;
            this.subnet = subnet;
            this.connection = connection;
        }
    }

    /**
     * The outcome of {@link #tryAdmit}: a ticket (or null when refused), the reason of a refusal, whether the server
     * was full (the caller may still let the client read "overloaded"), and a connection to close to make room.
     */
    public record Decision<C>(Ticket<C> ticket, String refusal, boolean full, C displaced) {
        public boolean admitted() {
            return ticket != null;
        }
    }

    private static final class PerAddress {
        int open;
        long windowStart = Long.MIN_VALUE / 2;
        int inWindow;
    }

    private static final class PerSubnet {
        int open;
        final LinkedHashSet<Ticket<?>> pending = new LinkedHashSet<>();
    }

    private final Limits limits;
    private final InstantSource clock;
    private final Map<InetAddress, PerAddress> addresses = new HashMap<>();
    private final Map<String, PerSubnet> subnets = new HashMap<>();
    private int open;

    public ConnectionGate(Limits limits, InstantSource clock) {
        this.limits = Objects.requireNonNull(limits);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Decides on a new connection from {@code address}. A refused one must be closed by the caller. When the
     * server is full and nobody can be displaced, the connection is admitted with {@code full} set, so the caller
     * can tell the client why before closing it.
     */
    public synchronized Decision<C> tryAdmit(InetAddress address, C connection) {
        long now = clock.millis();
        PerAddress pa = addresses.computeIfAbsent(address, k -> new PerAddress());
        if (now - pa.windowStart >= 1000) {
            pa.windowStart = now;
            pa.inWindow = 0;
        }
        pa.inWindow++;
        if (limits.perSecond() > 0 && pa.inWindow > limits.perSecond()) {
            return refuse(address, pa, "more than " + limits.perSecond() + " new connections per second");
        }
        if (limits.perAddress() > 0 && pa.open >= limits.perAddress()) {
            return refuse(address, pa, "more than " + limits.perAddress() + " open connections from one address");
        }
        String subnet = RemoteAddress.subnetOf(address);
        PerSubnet ps = subnets.computeIfAbsent(subnet, k -> new PerSubnet());
        if (limits.perSubnet() > 0 && ps.open >= limits.perSubnet()) {
            forgetIfIdle(subnet, ps);
            return refuse(address, pa, "more than " + limits.perSubnet() + " open connections from subnet " + subnet);
        }
        boolean full = false;
        C displaced = null;
        if (limits.total() > 0 && open >= limits.total()) {
            Ticket<?> victim = victimFor(ps);
            if (victim != null) {
                @SuppressWarnings("unchecked")
                C v = (C) victim.connection;
                displaced = v;
                release(victim);
            } else {
                full = true;
            }
        }
        Ticket<C> t = new Ticket<>(address, subnet, connection);
        pa.open++;
        ps.open++;
        ps.pending.add(t);
        open++;
        return new Decision<>(t, null, full, displaced);
    }

    /** The oldest connection in handshake of the biggest subnet, if it holds at least two more than the newcomer's. */
    private Ticket<?> victimFor(PerSubnet newcomer) {
        PerSubnet biggest = null;
        for (PerSubnet s : subnets.values()) {
            if (!s.pending.isEmpty() && (biggest == null || s.open > biggest.open)) {
                biggest = s;
            }
        }
        if (biggest == null || biggest == newcomer || biggest.open <= newcomer.open + 1) {
            return null;
        }
        return biggest.pending.iterator().next();
    }

    private Decision<C> refuse(InetAddress address, PerAddress pa, String why) {
        if (pa.open == 0 && pa.inWindow <= 1) {
            addresses.remove(address);
        }
        return new Decision<>(null, why, false, null);
    }

    /** The connection finished its handshake: it is no longer displaced to make room. */
    public synchronized void handshakeDone(Ticket<C> t) {
        if (t.pending && !t.released) {
            t.pending = false;
            PerSubnet ps = subnets.get(t.subnet);
            if (ps != null) {
                ps.pending.remove(t);
            }
        }
    }

    /** The connection closed (or was displaced); safe to call more than once. */
    public synchronized void release(Ticket<?> t) {
        if (t == null || t.released) {
            return;
        }
        t.released = true;
        open--;
        PerAddress pa = addresses.get(t.address);
        if (pa != null && --pa.open <= 0) {
            pa.open = 0;
        }
        PerSubnet ps = subnets.get(t.subnet);
        if (ps != null) {
            ps.open--;
            ps.pending.remove(t);
            forgetIfIdle(t.subnet, ps);
        }
    }

    private void forgetIfIdle(String subnet, PerSubnet ps) {
        if (ps.open <= 0 && ps.pending.isEmpty()) {
            subnets.remove(subnet);
        }
    }

    /** Forgets addresses with nothing open and no recent connection (call every few seconds). */
    public synchronized void sweep() {
        long now = clock.millis();
        addresses.values().removeIf(pa -> pa.open == 0 && now - pa.windowStart >= 2000);
    }

    public synchronized int open() {
        return open;
    }

    public synchronized int openFrom(InetAddress address) {
        PerAddress pa = addresses.get(address);
        return pa == null ? 0 : pa.open;
    }
}
