package org.aden.game.network.server.system;

import java.util.ArrayList;
import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/**
 * S→C 0x64 SystemMessage (world-chat-npc.md §4). Numbers always go as type 1 (int32): type 6 is
 * 64-bit in Mobius and 32-bit in aCis, so it is avoided.
 */
public record SystemMessage(int messageId, List<Param> params) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.SYSTEM_MESSAGE.opcode();

    public static final int NOT_ONLINE = 3;
    public static final int WELCOME = 34;
    public static final int INCORRECT_TARGET = 144;
    public static final int TARGET_NOT_ONLINE = 145;
    public static final int FREE_TEXT = 1987;

    /** One $sN parameter: type as §4.1 and its value ({@code level}: the skill level of type 4, else 0). */
    public record Param(int type, String text, int number, int level) {
        /** The parameter type of a skill name: d skill id, d skill level. */
        public static final int SKILL = 4;

        public Param {
            // §4.1: these types carry exactly one S (0) or one d (1 number, 2 npc, 3 item, 5 castle), 4 skill d+d;
            // 7 zone is d+d+d, 6 is q/d depending on the server: refusing them keeps the layout exact
            if (type != 0 && type != 1 && type != 2 && type != 3 && type != SKILL && type != 5) {
                throw new IllegalArgumentException("unsupported SystemMessage parameter type " + type);
            }
        }

        public Param(int type, String text, int number) {
            this(type, text, number, 0);
        }
    }

    /** A message whose $s1 is a skill's name (277 "you have earned $s1"). */
    public static SystemMessage skill(int messageId, int skillId, int level) {
        return new SystemMessage(messageId, List.of(new Param(Param.SKILL, null, skillId, level)));
    }

    public SystemMessage {
        params = List.copyOf(params);
    }

    public static SystemMessage of(int messageId) {
        return new SystemMessage(messageId, List.of());
    }

    public static SystemMessage text(int messageId, String text) {
        return new SystemMessage(messageId, List.of(new Param(0, text, 0)));
    }

    public static SystemMessage number(int messageId, int value) {
        return new SystemMessage(messageId, List.of(new Param(1, null, value)));
    }

    /** Free text shown in the system window (message 1987 "$s1"). */
    public static SystemMessage freeText(String text) {
        return text(FREE_TEXT, text);
    }

    /** A parameter that is a number of another kind: 3 an item name by item id, 2 an NPC name by id... */
    public SystemMessage withParam(int type, int value) {
        List<Param> p = new ArrayList<>(params);
        p.add(new Param(type, null, value));
        return new SystemMessage(messageId, p);
    }

    public SystemMessage withNumber(int value) {
        List<Param> p = new ArrayList<>(params);
        p.add(new Param(1, null, value));
        return new SystemMessage(messageId, p);
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(messageId).writeD(params.size());
        for (Param p : params) {
            w.writeD(p.type());
            if (p.type() == 0) {
                w.writeS(p.text());
            } else if (p.type() == Param.SKILL) {
                w.writeD(p.number()).writeD(p.level());
            } else {
                w.writeD(p.number());
            }
        }
    }
}
