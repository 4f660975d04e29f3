package org.aden.game.network.client.shop;

import java.util.ArrayList;
import java.util.List;
import org.aden.common.net.MalformedPacketException;
import org.aden.common.net.PacketReader;

/** C→S 0x1E: sell own items to the merchant whose SellList is open (world-chat-npc.md §8.4). */
public record RequestSellItem(int listId, List<Line> lines) {
    public static final int OPCODE = 0x1E;
    /** More lines than an inventory holds (at most 100 slots in Interlude, plus quest items). */
    static final int MAX_LINES = 300;

    public record Line(int objectId, int itemId, int count) {}

    public RequestSellItem {
        lines = List.copyOf(lines);
    }

    public static RequestSellItem read(PacketReader r) {
        int listId = r.readD();
        int n = r.readD();
        if (n < 1 || n > MAX_LINES || r.remaining() != n * 12) {
            throw new MalformedPacketException("RequestSellItem: " + n + " lines in " + r.remaining() + " bytes");
        }
        List<Line> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Line l = new Line(r.readD(), r.readD(), r.readD());
            if (l.count() < 1) {
                throw new MalformedPacketException("RequestSellItem: quantity " + l.count());
            }
            lines.add(l);
        }
        return new RequestSellItem(listId, lines);
    }
}
