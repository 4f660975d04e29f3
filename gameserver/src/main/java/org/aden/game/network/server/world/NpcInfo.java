package org.aden.game.network.server.world;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x16 NpcInfo (world-presence.md §4). Name and title empty: the client shows its own
 * (the template's; the server sends them only for NPCs whose name or title is server-side). */
public record NpcInfo(
        int objectId,
        int npcTypeId,
        boolean attackable,
        int x,
        int y,
        int z,
        int heading,
        int runSpeed,
        int walkSpeed,
        double collisionRadius,
        double collisionHeight,
        boolean running,
        boolean dead,
        String name,
        String title,
        int abnormalMask)
        implements ServerPacket {
    public static final int OPCODE = ServerOpcode.NPC_INFO.opcode();

    /** Without abnormal visual effects (mask 0). */
    public NpcInfo(
            int objectId,
            int npcTypeId,
            boolean attackable,
            int x,
            int y,
            int z,
            int heading,
            int runSpeed,
            int walkSpeed,
            double collisionRadius,
            double collisionHeight,
            boolean running,
            boolean dead,
            String name,
            String title) {
        this(
                objectId,
                npcTypeId,
                attackable,
                x,
                y,
                z,
                heading,
                runSpeed,
                walkSpeed,
                collisionRadius,
                collisionHeight,
                running,
                dead,
                name,
                title,
                0);
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE);
        w.writeD(objectId).writeD(npcTypeId).writeD(attackable ? 1 : 0);
        w.writeD(x).writeD(y).writeD(z).writeD(heading).writeD(0);
        w.writeD(333).writeD(278); // mAtkSpd, pAtkSpd: NPC template defaults until the datapack provides them
        // swim speeds repeat run/walk as aCis does (Mobius sends the template swim speeds), world-presence.md §4
        w.writeD(runSpeed).writeD(walkSpeed).writeD(runSpeed).writeD(walkSpeed);
        w.writeD(0).writeD(0).writeD(0).writeD(0);
        w.writeF(1.0).writeF(1.0).writeF(collisionRadius).writeF(collisionHeight);
        w.writeD(0).writeD(0).writeD(0); // right hand, chest, left hand
        w.writeC(1).writeC(running ? 1 : 0).writeC(0).writeC(dead ? 1 : 0).writeC(0);
        w.writeS(name).writeS(title);
        w.writeD(0).writeD(0).writeD(0).writeD(abnormalMask); // unknown, pvp flag, karma, abnormal mask
        w.writeD(0).writeD(0).writeD(0).writeD(0); // clan, crest, ally, ally crest
        w.writeC(0).writeC(0); // ground, no team
        w.writeF(collisionRadius).writeF(collisionHeight);
        w.writeD(0).writeD(0); // enchant glow, flying
    }
}
