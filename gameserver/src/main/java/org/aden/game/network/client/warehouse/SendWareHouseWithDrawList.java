package org.aden.game.network.client.warehouse;

import java.util.Map;
import org.aden.common.net.PacketReader;

/** C→S 0x32: take these items out of the warehouse, so many of each (docs/protocol/npc-services.md §2.5). */
public record SendWareHouseWithDrawList(Map<Integer, Integer> counts) {
    public static final int OPCODE = 0x32;

    public static SendWareHouseWithDrawList read(PacketReader r) {
        return new SendWareHouseWithDrawList(
                SendWareHouseDepositList.byObject(WareHouseLines.read(r, "SendWareHouseWithDrawList")));
    }
}
