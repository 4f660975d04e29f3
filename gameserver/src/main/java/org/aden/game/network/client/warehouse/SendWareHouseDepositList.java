package org.aden.game.network.client.warehouse;

import java.util.List;
import java.util.Map;
import org.aden.common.net.PacketReader;

/** C→S 0x31: deposit these items, so many of each (docs/protocol/npc-services.md §2.4). */
public record SendWareHouseDepositList(Map<Integer, Integer> counts) {
    public static final int OPCODE = 0x31;

    public static SendWareHouseDepositList read(PacketReader r) {
        return new SendWareHouseDepositList(byObject(WareHouseLines.read(r, "SendWareHouseDepositList")));
    }

    static Map<Integer, Integer> byObject(List<WareHouseLines.Line> lines) {
        Map<Integer, Integer> out = new java.util.LinkedHashMap<>();
        for (WareHouseLines.Line l : lines) {
            out.merge(l.objectId(), l.count(), (a, b) -> (int) Math.min(Integer.MAX_VALUE, (long) a + b));
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
