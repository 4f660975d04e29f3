package org.aden.game.network.client.npc;

import org.aden.common.net.PacketReader;

/** C→S 0x20: the path of a clicked {@code link} action, a page of the server's (world-chat-npc.md §7.2). */
public record RequestLinkHtml(String link) {
    public static final int OPCODE = 0x20;

    public static RequestLinkHtml read(PacketReader r) {
        return new RequestLinkHtml(r.readS(256));
    }
}
