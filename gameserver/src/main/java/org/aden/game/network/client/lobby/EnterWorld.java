package org.aden.game.network.client.lobby;

import org.aden.common.net.PacketReader;

/**
 * C→S 0x03: 104 bytes of which only the last 20 mean something (five trace-route hops); the content is
 * not validated (world-session-party.md §1.2), so a shorter body is accepted too.
 */
public record EnterWorld(byte[] traceRoute) {
    public static final int OPCODE = 0x03;
    private static final int TRACE_OFFSET = 84; // after the opcode: 32 + 16 + 32 + 4

    public EnterWorld {
        traceRoute = traceRoute.clone();
    }

    public static EnterWorld read(PacketReader r) {
        if (r.remaining() >= TRACE_OFFSET + 20) {
            r.skip(TRACE_OFFSET);
            return new EnterWorld(r.readB(20));
        }
        return new EnterWorld(new byte[0]);
    }
}
