package org.aden.game.network.server.warehouse;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x41 WareHouseDepositList: what the player could deposit (docs/protocol/npc-services.md §2.2). */
public record WareHouseDepositList(int type, long adena, List<WareHouseItem> items) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.WARE_HOUSE_DEPOSIT_LIST.opcode();
    /** The private warehouse: 1 in every source. */
    public static final int PRIVATE = 1;

    public WareHouseDepositList {
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
