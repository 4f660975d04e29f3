package org.aden.game.network.client.shop;

import java.util.ArrayList;
import java.util.List;
import org.aden.common.net.MalformedPacketException;
import org.aden.common.net.PacketReader;

/** C→S 0x1F: buy from the merchant's list the player has open (world-chat-npc.md §8.3). */
public record RequestBuyItem(int listId, List<Line> lines) {
    public static final int OPCODE = 0x1F;
    /** More lines than any buy list has items (the longest Interlude list has under 150). */
    static final int MAX_LINES = 500;

    public record Line(int itemId, int count) {}

    public RequestBuyItem {
        lines = List.copyOf(lines);
    }

    public static RequestBuyItem read(PacketReader r) {
        int listId = r.readD();
        int n = r.readD();
        if (n < 1 || n > MAX_LINES || r.remaining() != n * 8) {
            throw new MalformedPacketException("RequestBuyItem: " + n + " lines in " + r.remaining() + " bytes");
        }
        List<Line> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Line l = new Line(r.readD(), r.readD());
            if (l.count() < 1) {
                throw new MalformedPacketException("RequestBuyItem: quantity " + l.count());
            }
            lines.add(l);
        }
        return new RequestBuyItem(listId, lines);
    }
}
