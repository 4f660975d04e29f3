package org.aden.game.network.server.world;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/**
 * S→C 0x04 UserInfo: the player's own character (world-presence.md §1). Clan, mount, store, cubic,
 * fishing and augmentation fields are zero until those features exist.
 */
public record UserInfo(
        int x,
        int y,
        int z,
        int objectId,
        String name,
        Look appearance,
        int classId,
        int level,
        long exp,
        int sp,
        Stats stats,
        int curHp,
        int curMp,
        int curCp,
        int curLoad,
        int[] paperdollObjectIds,
        int[] paperdollItemIds,
        int pvpFlag,
        int karma,
        boolean gm,
        String title,
        int pkKills,
        int pvpKills,
        int recommendationsLeft,
        int recommendationsHave,
        int inventoryLimit,
        int enchantEffect,
        boolean noble,
        boolean hero,
        int nameColor,
        boolean running,
        int titleColor,
        int abnormalMask)
        implements ServerPacket {
    public static final int OPCODE = ServerOpcode.USER_INFO.opcode();

    /** Without abnormal visual effects (mask 0). */
    public UserInfo(
            int x,
            int y,
            int z,
            int objectId,
            String name,
            Look appearance,
            int classId,
            int level,
            long exp,
            int sp,
            Stats stats,
            int curHp,
            int curMp,
            int curCp,
            int curLoad,
            int[] paperdollObjectIds,
            int[] paperdollItemIds,
            int pvpFlag,
            int karma,
            boolean gm,
            String title,
            int pkKills,
            int pvpKills,
            int recommendationsLeft,
            int recommendationsHave,
            int inventoryLimit,
            int enchantEffect,
            boolean noble,
            boolean hero,
            int nameColor,
            boolean running,
            int titleColor) {
        this(
                x,
                y,
                z,
                objectId,
                name,
                appearance,
                classId,
                level,
                exp,
                sp,
                stats,
                curHp,
                curMp,
                curCp,
                curLoad,
                paperdollObjectIds,
                paperdollItemIds,
                pvpFlag,
                karma,
                gm,
                title,
                pkKills,
                pvpKills,
                recommendationsLeft,
                recommendationsHave,
                inventoryLimit,
                enchantEffect,
                noble,
                hero,
                nameColor,
                running,
                titleColor,
                0);
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE);
        w.writeD(x).writeD(y).writeD(z);
        w.writeD(0); // boat id (Mobius) / heading (aCis): 0 satisfies both readings, world.md disagreement 1
        w.writeD(objectId);
        w.writeS(name);
        w.writeD(appearance.race()).writeD(appearance.sex()).writeD(appearance.baseClassId());
        w.writeD(level).writeQ(exp);
        w.writeD(stats.str()).writeD(stats.dex()).writeD(stats.con());
        w.writeD(stats.intel()).writeD(stats.wit()).writeD(stats.men());
        w.writeD(stats.maxHp()).writeD(curHp).writeD(stats.maxMp()).writeD(curMp);
        w.writeD(sp).writeD(curLoad).writeD(stats.maxLoad());
        w.writeD(paperdollItemIds[PaperdollOrder.RHAND] != 0 ? 40 : 20);
        for (int id : paperdollObjectIds) {
            w.writeD(id);
        }
        for (int id : paperdollItemIds) {
            w.writeD(id);
        }
        w.writeZeros(PaperdollOrder.POSITIONS * 4); // augmentation ids
        w.writeD(stats.pAtk()).writeD(stats.pAtkSpd()).writeD(stats.pDef()).writeD(stats.evasion());
        w.writeD(stats.accuracy()).writeD(stats.critical()).writeD(stats.mAtk()).writeD(stats.mAtkSpd());
        w.writeD(stats.pAtkSpd()).writeD(stats.mDef()).writeD(pvpFlag).writeD(karma);
        w.writeD(stats.runSpeed())
                .writeD(stats.walkSpeed())
                .writeD(stats.swimSpeed())
                .writeD(stats.swimSpeed());
        w.writeD(0).writeD(0).writeD(0).writeD(0); // flying speeds
        w.writeF(1.0).writeF(1.0); // move / attack speed multipliers: no buffs yet
        w.writeF(stats.collisionRadius()).writeF(stats.collisionHeight());
        w.writeD(appearance.hairStyle()).writeD(appearance.hairColor()).writeD(appearance.face());
        w.writeD(gm ? 1 : 0);
        w.writeS(title);
        w.writeD(0).writeD(0).writeD(0).writeD(0).writeD(0); // clan, crest, ally, ally crest, relation
        w.writeC(0).writeC(0); // mount, private store
        w.writeC(appearance.race() == 4 ? 1 : 0); // dwarves have Create Item from the start
        w.writeD(pkKills).writeD(pvpKills);
        w.writeH(0); // cubics
        // party room, abnormal mask, water (Mobius; aCis/C6 0: 0 fits both, world.md disagr. 3), clan privileges
        w.writeC(0).writeD(abnormalMask).writeC(0).writeD(0);
        w.writeH(recommendationsLeft).writeH(recommendationsHave);
        w.writeD(0).writeH(inventoryLimit).writeD(classId).writeD(0);
        w.writeD(stats.maxCp()).writeD(curCp);
        w.writeC(enchantEffect).writeC(0).writeD(0); // enchant glow, team, large crest
        w.writeC(noble ? 1 : 0).writeC(hero ? 1 : 0);
        w.writeC(0).writeD(0).writeD(0).writeD(0); // fishing
        w.writeD(nameColor).writeC(running ? 1 : 0);
        w.writeD(0).writeD(0).writeD(titleColor).writeD(0); // pledge class/type, title colour, cursed level
    }
}
