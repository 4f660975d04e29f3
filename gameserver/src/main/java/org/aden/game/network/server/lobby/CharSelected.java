package org.aden.game.network.server.lobby;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x15, the chosen character before EnterWorld (game-handshake.md §5.8). */
public record CharSelected(
        String name,
        int objectId,
        String title,
        int sessionId,
        int clanId,
        int sex,
        int race,
        int classId,
        int x,
        int y,
        int z,
        double currentHp,
        double currentMp,
        int sp,
        long exp,
        int level,
        int karma,
        int pkKills,
        int intelligence,
        int str,
        int con,
        int men,
        int dex,
        int wit,
        int gameTimeMinutes)
        implements ServerPacket {
    public static final int OPCODE = 0x15;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE);
        w.writeS(name); // 1
        w.writeD(objectId);
        w.writeS(title);
        w.writeD(sessionId);
        w.writeD(clanId); // 5
        w.writeD(0);
        w.writeD(sex);
        w.writeD(race);
        w.writeD(classId);
        w.writeD(1); // 10
        w.writeD(x).writeD(y).writeD(z);
        w.writeF(currentHp).writeF(currentMp); // 14-15
        w.writeD(sp);
        w.writeQ(exp);
        w.writeD(level);
        w.writeD(karma);
        w.writeD(pkKills); // 20
        w.writeD(intelligence).writeD(str).writeD(con).writeD(men).writeD(dex).writeD(wit); // 21-26
        w.writeZeros(30 * 4); // 27-56
        w.writeD(0).writeD(0); // 57-58
        w.writeD(Math.floorMod(gameTimeMinutes, 1440)); // 59
        w.writeD(0);
        w.writeD(classId); // 61
        w.writeZeros(12 * 4); // 62-73: REF's 12 zero ints (ACIS sends 4; the client ignores the tail)
    }
}
