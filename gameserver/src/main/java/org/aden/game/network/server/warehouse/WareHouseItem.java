package org.aden.game.network.server.warehouse;

import org.aden.common.net.PacketWriter;

/** The 40-byte item record of both warehouse lists (docs/protocol/npc-services.md §2.2). */
public record WareHouseItem(int type1, int objectId, int itemId, long count, int type2, int bodyPart, int enchant) {
    void write(PacketWriter w) {
        w.writeH(type1).writeD(objectId).writeD(itemId).writeD((int) Math.min(Integer.MAX_VALUE, count));
        w.writeH(type2).writeH(0).writeD(bodyPart).writeH(enchant);
        w.writeH(0).writeH(0); // customType2 sits at 24 (aCis) or 26 (Mobius); it is 0 but for pet collars
        w.writeD(objectId).writeD(0).writeD(0); // the object id again, augmentation halves
    }
}
