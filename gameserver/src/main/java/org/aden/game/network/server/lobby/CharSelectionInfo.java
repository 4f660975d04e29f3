package org.aden.game.network.server.lobby;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x13, the character selection screen: {@code d} count then one {@link Entry} per character. */
public record CharSelectionInfo(List<Entry> entries) implements ServerPacket {
    public static final int OPCODE = 0x13;
    /** Paperdoll positions written per entry (objects, then templates), game-handshake.md §5.3. */
    public static final int PAPERDOLL_SLOTS = 17;

    public CharSelectionInfo {
        entries = List.copyOf(entries);
    }

    /**
     * One character's line, values copied in (field numbers of §5.3 in comments of {@link #write}).
     *
     * @param paperdollObjectIds 17 equipped item object ids in the packet's slot order (0 = empty)
     * @param paperdollItemIds 17 equipped item template ids, same order
     * @param deleteSeconds seconds until deletion, 0 when not marked
     */
    public record Entry(
            String name,
            int objectId,
            String account,
            int sessionId,
            int clanId,
            int sex,
            int race,
            int baseClassId,
            double currentHp,
            double currentMp,
            int sp,
            long exp,
            int level,
            int karma,
            int[] paperdollObjectIds,
            int[] paperdollItemIds,
            int hairStyle,
            int hairColor,
            int face,
            double maxHp,
            double maxMp,
            int deleteSeconds,
            int classId,
            boolean selected,
            int weaponEnchant,
            int weaponAugmentation) {
        public Entry {
            if (paperdollObjectIds.length != PAPERDOLL_SLOTS || paperdollItemIds.length != PAPERDOLL_SLOTS) {
                throw new IllegalArgumentException("paperdoll arrays must have " + PAPERDOLL_SLOTS + " slots");
            }
            paperdollObjectIds = paperdollObjectIds.clone();
            paperdollItemIds = paperdollItemIds.clone();
        }

        @Override
        public int[] paperdollObjectIds() {
            return paperdollObjectIds.clone();
        }

        @Override
        public int[] paperdollItemIds() {
            return paperdollItemIds.clone();
        }
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(entries.size());
        for (Entry e : entries) {
            w.writeS(e.name()); // 1
            w.writeD(e.objectId());
            w.writeS(e.account());
            w.writeD(e.sessionId());
            w.writeD(e.clanId()); // 5
            w.writeD(0); // builder level
            w.writeD(e.sex());
            w.writeD(e.race());
            w.writeD(e.baseClassId());
            w.writeD(1); // 10: "active" (REF)
            w.writeD(0).writeD(0).writeD(0); // 11-13: REF zeros (ACIS writes x, y, z)
            w.writeF(e.currentHp()); // 14
            w.writeF(e.currentMp());
            w.writeD(e.sp());
            w.writeQ(e.exp());
            w.writeD(e.level());
            w.writeD(e.karma()); // 19
            w.writeZeros(9 * 4); // 20-28
            for (int id : e.paperdollObjectIds) { // 29-45
                w.writeD(id);
            }
            for (int id : e.paperdollItemIds) { // 46-62
                w.writeD(id);
            }
            w.writeD(e.hairStyle()).writeD(e.hairColor()).writeD(e.face()); // 63-65
            w.writeF(e.maxHp()).writeF(e.maxMp()); // 66-67
            w.writeD(e.deleteSeconds());
            w.writeD(e.classId());
            w.writeD(e.selected() ? 1 : 0); // 70
            w.writeC(Math.min(127, Math.max(0, e.weaponEnchant())));
            w.writeD(e.weaponAugmentation()); // 72
        }
    }
}
