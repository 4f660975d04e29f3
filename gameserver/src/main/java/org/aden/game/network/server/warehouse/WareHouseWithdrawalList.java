package org.aden.game.network.server.warehouse;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x42 WareHouseWithdrawalList: what the warehouse holds (docs/protocol/npc-services.md §2.3). */
public record WareHouseWithdrawalList(int type, long adena, List<WareHouseItem> items) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.WARE_HOUSE_WITHDRAWAL_LIST.opcode();

    public WareHouseWithdrawalList {
        items = List.copyOf(items);
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE)
                .writeH(type)
                .writeD((int) Math.min(Integer.MAX_VALUE, adena))
                .writeH(items.size());
        items.forEach(i -> i.write(w));
    }
}
