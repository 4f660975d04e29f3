package org.aden.game.network.client.multisell;

import org.aden.common.net.MalformedPacketException;
import org.aden.common.net.PacketReader;

/** C→S 0xA7: make {@code amount} exchanges of one entry of the open list (docs/protocol/npc-services.md §1.3). */
public record MultiSellChoose(int listId, int entryId, int amount) {
    public static final int OPCODE = 0xA7;

    public static MultiSellChoose read(PacketReader r) {
        MultiSellChoose c = new MultiSellChoose(r.readD(), r.readD(), r.readD());
        if (c.amount() < 1) {
            throw new MalformedPacketException("MultiSellChoose: amount " + c.amount());
        }
        return c;
    }
}
