package org.aden.game.network.server.world;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x0E StatusUpdate: (attribute, value) pairs of one creature (world-presence.md §10). */
public record StatusUpdate(int objectId, int[] attributes, int[] values) implements ServerPacket {
    public static final int OPCODE = 0x0E;
    public static final int LEVEL = 0x01;
    public static final int CUR_HP = 0x09;
    public static final int MAX_HP = 0x0A;
    public static final int CUR_MP = 0x0B;
    public static final int MAX_MP = 0x0C;
    public static final int SP = 0x0D;
    public static final int CUR_LOAD = 0x0E;
    public static final int MAX_LOAD = 0x0F;
    public static final int CUR_CP = 0x21;
    public static final int MAX_CP = 0x22;

    public StatusUpdate {
        if (attributes.length != values.length) {
            throw new IllegalArgumentException("attributes and values differ in length");
        }
        attributes = attributes.clone();
        values = values.clone();
    }

    public static StatusUpdate hp(int objectId, int curHp, int maxHp) {
        return new StatusUpdate(objectId, new int[] {MAX_HP, CUR_HP}, new int[] {maxHp, curHp});
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(objectId).writeD(attributes.length);
        for (int i = 0; i < attributes.length; i++) {
            w.writeD(attributes[i]).writeD(values[i]);
        }
    }
}
