package org.aden.game.network.client.npc;

import org.aden.common.net.PacketReader;

/** C→S 0x21: the command of a clicked {@code bypass} link (world-chat-npc.md §7.1). */
public record RequestBypassToServer(String command) {
    public static final int OPCODE = 0x21;

    public static RequestBypassToServer read(PacketReader r) {
        return new RequestBypassToServer(r.readS(1024));
    }
}
