package org.aden.game.network.server.npc;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x0F NpcHtmlMessage: d npcObjectId, S html, d itemId (world-chat-npc.md §6). */
public record NpcHtmlMessage(int npcObjectId, String html, int itemId) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.NPC_HTML_MESSAGE.opcode();
    /** Longest page both reference servers accept (UTF-16 characters). */
    public static final int MAX_HTML_LENGTH = 8192;

    public NpcHtmlMessage {
        if (html.length() > MAX_HTML_LENGTH) {
            throw new IllegalArgumentException("html of " + html.length() + " characters > " + MAX_HTML_LENGTH);
        }
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(npcObjectId).writeS(html).writeD(itemId);
    }
}
