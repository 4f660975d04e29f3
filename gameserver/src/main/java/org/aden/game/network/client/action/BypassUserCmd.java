package org.aden.game.network.client.action;

import org.aden.common.net.PacketReader;

/** C→S 0xAA: a "/" user command by id, e.g. 0 = /loc (world-session-party.md §2.7). */
public record BypassUserCmd(int commandId) {
    public static final int OPCODE = 0xAA;
    public static final int LOC = 0;

    public static BypassUserCmd read(PacketReader r) {
        return new BypassUserCmd(r.readD());
    }
}
