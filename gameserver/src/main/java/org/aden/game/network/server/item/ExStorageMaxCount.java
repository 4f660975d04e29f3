package org.aden.game.network.server.item;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0xFE:002E ExStorageMaxCount; the seven-int aCis form (Mobius's two extra ints are later chronicles). */
public record ExStorageMaxCount(
        int inventory, int warehouse, int freight, int privateSell, int privateBuy, int dwarfRecipes, int commonRecipes)
        implements ServerPacket {
    public static final int OPCODE = 0xFE;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE)
                .writeH(0x2E)
                .writeD(inventory)
                .writeD(warehouse)
                .writeD(freight)
                .writeD(privateSell)
                .writeD(privateBuy)
                .writeD(dwarfRecipes)
                .writeD(commonRecipes);
    }
}
