package org.aden.game.network.server.world;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x03 CharInfo: another player as a viewer sees it (world-presence.md §2). */
public record CharInfo(
        int x,
        int y,
        int z,
        int heading,
        int objectId,
        String name,
        Look appearance,
        int classId,
        Stats stats,
        int curCp,
        int[] itemIds,
        int pvpFlag,
        int karma,
        String title,
        boolean standing,
        boolean running,
        int recommendationsLeft,
        int recommendationsHave,
        int enchantEffect,
        boolean noble,
        boolean hero,
        int nameColor,
        int titleColor,
        int abnormalMask)
        implements ServerPacket {
    public static final int OPCODE = ServerOpcode.CHAR_INFO.opcode();

    /** Without abnormal visual effects (mask 0). */
    public CharInfo(
            int x,
            int y,
            int z,
            int heading,
            int objectId,
            String name,
            Look appearance,
            int classId,
            Stats stats,
            int curCp,
            int[] itemIds,
            int pvpFlag,
            int karma,
            String title,
            boolean standing,
            boolean running,
            int recommendationsLeft,
            int recommendationsHave,
            int enchantEffect,
            boolean noble,
            boolean hero,
            int nameColor,
            int titleColor) {
        this(
                x,
                y,
                z,
                heading,
                objectId,
                name,
                appearance,
                classId,
                stats,
                curCp,
                itemIds,
                pvpFlag,
                karma,
                title,
                standing,
                running,
                recommendationsLeft,
                recommendationsHave,
                enchantEffect,
                noble,
                hero,
                nameColor,
                titleColor,
                0);
    }

    /** UserInfo paperdoll positions in CharInfo's 12-entry order (world-presence.md §2.1). */
    private static final int[] ORDER = {
        PaperdollOrder.UNDER,
        PaperdollOrder.HEAD,
        PaperdollOrder.RHAND,
        PaperdollOrder.LHAND,
        PaperdollOrder.GLOVES,
        PaperdollOrder.CHEST,
        PaperdollOrder.LEGS,
        PaperdollOrder.FEET,
        PaperdollOrder.BACK,
        PaperdollOrder.RHAND,
        PaperdollOrder.HAIR,
        PaperdollOrder.FACE
    };

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE);
        w.writeD(x).writeD(y).writeD(z).writeD(0).writeD(objectId); // 0 = not on a boat
        w.writeS(name);
        w.writeD(appearance.race()).writeD(appearance.sex()).writeD(appearance.baseClassId());
        for (int id : itemIds) {
            w.writeD(id);
        }
        w.writeZeros(12 * 4); // augmentation ids
        w.writeD(pvpFlag).writeD(karma).writeD(stats.mAtkSpd()).writeD(stats.pAtkSpd());
        w.writeD(pvpFlag).writeD(karma);
        w.writeD(stats.runSpeed())
                .writeD(stats.walkSpeed())
                .writeD(stats.swimSpeed())
                .writeD(stats.swimSpeed());
        w.writeD(0).writeD(0).writeD(0).writeD(0); // flying speeds (Mobius: 0 unless flying)
        w.writeF(1.0).writeF(1.0);
        w.writeF(stats.collisionRadius()).writeF(stats.collisionHeight());
        w.writeD(appearance.hairStyle()).writeD(appearance.hairColor()).writeD(appearance.face());
        w.writeS(title);
        w.writeD(0).writeD(0).writeD(0).writeD(0).writeD(0); // clan, crest, ally, ally crest, relation
        w.writeC(standing ? 1 : 0).writeC(running ? 1 : 0).writeC(0).writeC(0).writeC(0); // combat, dead, invisible
        w.writeC(0).writeC(0); // mount, private store
        w.writeH(0); // cubics
        w.writeC(0).writeD(abnormalMask); // party room, abnormal mask
        w.writeC(recommendationsLeft).writeH(recommendationsHave);
        w.writeD(classId).writeD(stats.maxCp()).writeD(curCp);
        w.writeC(enchantEffect).writeC(0).writeD(0);
        w.writeC(noble ? 1 : 0).writeC(hero ? 1 : 0);
        w.writeC(0).writeD(0).writeD(0).writeD(0); // fishing
        w.writeD(nameColor).writeD(heading);
        w.writeD(0).writeD(0).writeD(titleColor).writeD(0);
    }
}
