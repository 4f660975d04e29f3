package org.aden.game.network.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.List;
import org.aden.common.net.PacketReader;
import org.aden.game.TestData;
import org.aden.game.actor.Appearance;
import org.aden.game.actor.Player;
import org.aden.game.actor.PlayerState;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemCatalog;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLocation;
import org.aden.game.item.PaperdollSlot;
import org.aden.game.network.server.action.ChangeWaitType;
import org.aden.game.network.server.action.SocialAction;
import org.aden.game.network.server.chat.CreatureSay;
import org.aden.game.network.server.chat.FriendList;
import org.aden.game.network.server.chat.NpcSay;
import org.aden.game.network.server.henna.HennaInfo;
import org.aden.game.network.server.item.ExStorageMaxCount;
import org.aden.game.network.server.move.ChangeMoveType;
import org.aden.game.network.server.move.MoveToLocation;
import org.aden.game.network.server.move.StopMove;
import org.aden.game.network.server.move.ValidateLocation;
import org.aden.game.network.server.quest.QuestList;
import org.aden.game.network.server.shortcut.SendMacroList;
import org.aden.game.network.server.shortcut.ShortCutInit;
import org.aden.game.network.server.skill.AcquireSkillDone;
import org.aden.game.network.server.skill.AcquireSkillInfo;
import org.aden.game.network.server.skill.AcquireSkillList;
import org.aden.game.network.server.skill.SkillCoolTime;
import org.aden.game.network.server.skill.SkillList;
import org.aden.game.network.server.system.ActionFailed;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.target.MyTargetSelected;
import org.aden.game.network.server.target.TargetSelected;
import org.aden.game.network.server.target.TargetUnselected;
import org.aden.game.network.server.world.AbnormalStatusUpdate;
import org.aden.game.network.server.world.DeleteObject;
import org.aden.game.network.server.world.EtcStatusUpdate;
import org.aden.game.network.server.world.NpcInfo;
import org.aden.game.network.server.world.PaperdollOrder;
import org.aden.game.network.server.world.RelationChanged;
import org.aden.game.network.server.world.SpawnItem;
import org.aden.game.network.server.world.StatusUpdate;
import org.aden.game.network.server.world.TeleportToLocation;
import org.aden.game.presence.PlayerPresence;
import org.aden.game.world.WorldFixture;
import org.junit.jupiter.api.Test;

/** Byte layouts against world-presence.md, world-chat-npc.md, world-items.md and world-combat-skills.md. */
class WorldServerPacketsTest {
    private static final HexFormat HEX = HexFormat.of();
    private final ItemCatalog items = TestData.world().items();

    private Player humanFighter() {
        PlayerState s = new PlayerState(
                0x10000001,
                "acc",
                "Abc",
                new Appearance(0, 1, 0, 2, 3, 1),
                0,
                1,
                1234567890123L,
                77,
                -71338,
                258271,
                -3104,
                0,
                -1,
                -1,
                -1,
                "Ti",
                0,
                0,
                0,
                false,
                false,
                0xFFFFFF,
                0xECF9A2,
                0,
                0,
                0);
        Player p = WorldFixture.PLAYERS.create(s, List.of(), List.of(), List.of(), List.of());
        Inventory.of(p)
                .setItems(List.of(
                        new ItemData(0x20000001, 0, 2369, 1, 0, ItemLocation.PAPERDOLL, PaperdollSlot.RIGHT_HAND.id()),
                        new ItemData(0x20000002, 0, 1146, 1, 0, ItemLocation.PAPERDOLL, PaperdollSlot.CHEST.id()),
                        new ItemData(0x20000003, 0, 57, 1000, 0, ItemLocation.INVENTORY, -1)));
        return p;
    }

    private static PacketReader at(byte[] b, int offset) {
        return new PacketReader(b, offset, b.length - offset);
    }

    @Test
    void userInfoLayout() {
        Player p = humanFighter();
        byte[] b = PlayerPresence.userInfo(p).encode();
        int name = 2 * ("Abc".length() + 1);
        int title = 2 * ("Ti".length() + 1);
        assertEquals(1 + 20 + name + 412 + title + 33 + 78, b.length);
        assertEquals(0x04, b[0]);
        PacketReader r = at(b, 1);
        assertEquals(-71338, r.readD());
        assertEquals(258271, r.readD());
        assertEquals(-3104, r.readD());
        assertEquals(0, r.readD()); // boat
        assertEquals(0x10000001, r.readD());
        assertEquals("Abc", r.readS());
        int n = 21 + name;
        r = at(b, n);
        assertEquals(0, r.readD()); // race
        assertEquals(1, r.readD()); // sex
        assertEquals(0, r.readD()); // base class
        assertEquals(1, r.readD()); // level
        assertEquals(1234567890123L, r.readQ());
        assertEquals(40, r.readD()); // STR
        assertEquals(30, r.readD());
        assertEquals(43, r.readD());
        assertEquals(21, r.readD());
        assertEquals(11, r.readD());
        assertEquals(25, r.readD());
        int maxHp = r.readD();
        assertEquals(p.stats().maxHp(), maxHp);
        assertEquals(126, maxHp, "80 base HP × CON 43 bonus");
        assertEquals(maxHp, r.readD(), "fresh character starts with full HP");
        assertEquals(p.stats().maxMp(), at(b, n + 56).readD());
        assertEquals(77, at(b, n + 64).readD()); // sp
        assertEquals(40, at(b, n + 76).readD(), "weapon in hand");
        assertEquals(0x20000001, at(b, n + 80 + 4 * PaperdollOrder.RHAND).readD());
        assertEquals(0x20000002, at(b, n + 80 + 4 * PaperdollOrder.CHEST).readD());
        assertEquals(0x20000001, at(b, n + 80 + 4 * PaperdollOrder.LRHAND).readD());
        assertEquals(2369, at(b, n + 148 + 4 * PaperdollOrder.RHAND).readD());
        assertEquals(1146, at(b, n + 148 + 4 * PaperdollOrder.CHEST).readD());
        assertEquals(p.stats().pAtk(), at(b, n + 284).readD());
        assertEquals(p.stats().pAtkSpd(), at(b, n + 288).readD());
        assertEquals(p.stats().pAtkSpd(), at(b, n + 316).readD());
        assertEquals(115, at(b, n + 332).readD());
        assertEquals(80, at(b, n + 336).readD());
        assertEquals(1.0, at(b, n + 364).readF());
        assertEquals(8.0, at(b, n + 380).readF(), "female collision radius");
        assertEquals(23.5, at(b, n + 388).readF());
        assertEquals(2, at(b, n + 396).readD());
        assertEquals(3, at(b, n + 400).readD());
        assertEquals(1, at(b, n + 404).readD());
        assertEquals("Ti", at(b, n + 412).readS());
        int t = n + 412 + title;
        assertEquals(0, at(b, t + 31).readH()); // cubics
        int c = t + 33;
        assertEquals(80, at(b, c + 18).readH()); // inventory limit
        assertEquals(0, at(b, c + 20).readD()); // class id
        assertEquals(p.maxCp(), at(b, c + 28).readD());
        assertEquals(p.curCp(), at(b, c + 32).readD());
        assertEquals(0xFFFFFF, at(b, c + 57).readD());
        assertEquals(1, b[c + 61]); // running
        assertEquals(0xECF9A2, at(b, c + 70).readD());
    }

    @Test
    void userInfoFollowsEquipment() {
        Player p = humanFighter();
        int armed = p.stats().pAtk();
        int armoured = p.stats().pDef();
        Inventory.of(p).setItems(List.of());
        assertEquals(20, at(PlayerPresence.userInfo(p).encode(), 21 + 8 + 76).readD(), "no weapon flag");
        assertEquals(true, p.stats().pAtk() < armed);
        assertEquals(true, p.stats().pDef() < armoured);
    }

    @Test
    void charInfoLayout() {
        Player p = humanFighter();
        p.setHeading(12345);
        byte[] b = PlayerPresence.charInfo(p).encode();
        int name = 8;
        int title = 6;
        assertEquals(21 + name + 208 + title + 29 + 65, b.length);
        assertEquals(0x03, b[0]);
        assertEquals(0x10000001, at(b, 17).readD());
        int n = 21 + name;
        assertEquals(1, at(b, n + 4).readD()); // sex
        assertEquals(2369, at(b, n + 12 + 4 * 2).readD()); // right hand
        assertEquals(1146, at(b, n + 12 + 4 * 5).readD()); // chest
        assertEquals(2369, at(b, n + 12 + 4 * 9).readD()); // two-hand view
        assertEquals(115, at(b, n + 132).readD());
        assertEquals(8.0, at(b, n + 180).readF());
        assertEquals("Ti", at(b, n + 208).readS());
        int t = n + 208 + title;
        assertEquals(1, b[t + 20]); // standing
        assertEquals(1, b[t + 21]); // running
        int c = t + 29;
        assertEquals(p.maxCp(), at(b, c + 12).readD());
        assertEquals(12345, at(b, c + 45).readD());
    }

    /** A dwarf GM with every counter distinct, so a field swapped or shifted shows up (world-presence.md §1, §2). */
    private Player dwarf() {
        PlayerState s = new PlayerState(
                0x10000009,
                "acc",
                "Dw",
                new Appearance(4, 0, 53, 1, 2, 0),
                54,
                20,
                5000L,
                900,
                100,
                200,
                300,
                4321,
                -1,
                -1,
                -1,
                "T",
                11,
                12,
                13,
                true,
                true,
                0x00FF00,
                0x0000FF,
                3,
                260,
                1);
        Player p = WorldFixture.PLAYERS.create(s, List.of(), List.of(), List.of(), List.of());
        Inventory.of(p).setItems(List.of(new ItemData(0x20000001, 0, 57, 10, 0, ItemLocation.INVENTORY, -1)));
        return p;
    }

    @Test
    void userInfoFieldsAtTheReferenceOffsets() {
        Player p = dwarf();
        byte[] b = PlayerPresence.userInfo(p).encode();
        int n = 21 + 6; // "Dw"
        assertEquals(4, at(b, n).readD()); // race
        assertEquals(0, at(b, n + 4).readD()); // sex
        assertEquals(53, at(b, n + 8).readD()); // base class
        assertEquals(20, at(b, n + 12).readD()); // level
        assertEquals(5000L, at(b, n + 16).readQ());
        assertEquals(p.curMp(), at(b, n + 60).readD());
        assertEquals(900, at(b, n + 64).readD()); // sp
        assertEquals(Inventory.of(p).currentLoad(), at(b, n + 68).readD());
        assertEquals(p.stats().maxLoad(), at(b, n + 72).readD());
        assertEquals(20, at(b, n + 76).readD()); // no weapon
        for (int i = 0; i < 17 * 3; i++) {
            assertEquals(0, at(b, n + 80 + 4 * i).readD(), "paperdoll and augmentation block " + i);
        }
        assertEquals(p.stats().mAtkSpd(), at(b, n + 312).readD());
        assertEquals(p.stats().mDef(), at(b, n + 320).readD());
        assertEquals(0, at(b, n + 324).readD()); // pvp flag
        assertEquals(11, at(b, n + 328).readD()); // karma
        assertEquals(p.stats().walkSpeed(), at(b, n + 336).readD());
        assertEquals(p.stats().swimSpeed(), at(b, n + 340).readD());
        assertEquals(
                0,
                at(b, n + 348).readD()
                        | at(b, n + 352).readD()
                        | at(b, n + 356).readD()
                        | at(b, n + 360).readD()); // fly speeds
        assertEquals(1.0, at(b, n + 372).readF());
        assertEquals(1, at(b, n + 408).readD(), "GM");
        int t = n + 412 + 4; // "T"
        assertEquals(
                0,
                at(b, t).readD()
                        | at(b, t + 4).readD()
                        | at(b, t + 8).readD()
                        | at(b, t + 12).readD()
                        | at(b, t + 16).readD()); // clan, crests, alliance, relation
        assertEquals(0, b[t + 20]); // mount
        assertEquals(0, b[t + 21]); // store
        assertEquals(1, b[t + 22], "dwarven craft");
        assertEquals(13, at(b, t + 23).readD()); // pk
        assertEquals(12, at(b, t + 27).readD()); // pvp
        int c = t + 33;
        assertEquals(0, b[c]); // party room
        assertEquals(0, at(b, c + 1).readD()); // abnormal mask
        assertEquals(3, at(b, c + 10).readH()); // recommendations left
        assertEquals(260, at(b, c + 12).readH()); // recommendations have
        assertEquals(0, at(b, c + 14).readD()); // mount npc
        assertEquals(100, at(b, c + 18).readH(), "dwarf inventory");
        assertEquals(54, at(b, c + 20).readD()); // class
        assertEquals(0, at(b, c + 24).readD());
        assertEquals(p.maxCp(), at(b, c + 28).readD());
        assertEquals(1, b[c + 42]); // noble
        assertEquals(1, b[c + 43]); // hero
        assertEquals(0, b[c + 44]); // fishing
        assertEquals(0x00FF00, at(b, c + 57).readD());
        assertEquals(0x0000FF, at(b, c + 70).readD());
        assertEquals(0, at(b, c + 74).readD()); // cursed weapon
        assertEquals(c + 78, b.length);
    }

    @Test
    void charInfoFieldsAtTheReferenceOffsets() {
        Player p = dwarf();
        byte[] b = PlayerPresence.charInfo(p).encode();
        assertEquals(100, at(b, 1).readD());
        assertEquals(0, at(b, 13).readD()); // not on a boat
        int n = 21 + 6;
        assertEquals(4, at(b, n).readD()); // race
        assertEquals(53, at(b, n + 8).readD()); // base class
        assertEquals(0, at(b, n + 108).readD()); // pvp flag
        assertEquals(11, at(b, n + 112).readD()); // karma
        assertEquals(p.stats().mAtkSpd(), at(b, n + 116).readD());
        assertEquals(p.stats().pAtkSpd(), at(b, n + 120).readD());
        assertEquals(11, at(b, n + 128).readD()); // karma again
        assertEquals(p.stats().walkSpeed(), at(b, n + 136).readD());
        assertEquals(1.0, at(b, n + 172).readF());
        assertEquals(1, at(b, n + 196).readD()); // hair style
        assertEquals(2, at(b, n + 200).readD()); // hair colour
        int t = n + 208 + 4;
        assertEquals(0, b[t + 22]); // combat
        assertEquals(0, b[t + 23]); // dead
        assertEquals(0, b[t + 24]); // invisible
        assertEquals(0, at(b, t + 27).readH()); // cubics
        int c = t + 29;
        assertEquals(3, b[c + 5], "recommendations left is a byte in CharInfo");
        assertEquals(260, at(b, c + 6).readH());
        assertEquals(54, at(b, c + 8).readD()); // class
        assertEquals(p.curCp(), at(b, c + 16).readD());
        assertEquals(1, b[c + 26]); // noble
        assertEquals(1, b[c + 27]); // hero
        assertEquals(0x00FF00, at(b, c + 41).readD());
        assertEquals(4321, at(b, c + 45).readD()); // heading
        assertEquals(0x0000FF, at(b, c + 57).readD());
        assertEquals(c + 65, b.length);
    }

    @Test
    void npcInfoFieldsAtTheReferenceOffsets() {
        byte[] b = new NpcInfo(7, 1030001, false, 10, 20, 30, 4000, 120, 60, 8.5, 20.0, true, true, "", "").encode();
        assertEquals(7, at(b, 1).readD());
        assertEquals(0, at(b, 9).readD()); // not attackable
        assertEquals(10, at(b, 13).readD());
        assertEquals(20, at(b, 17).readD());
        assertEquals(4000, at(b, 25).readD()); // heading
        assertEquals(0, at(b, 29).readD());
        assertEquals(60, at(b, 45).readD()); // walk
        assertEquals(
                0,
                at(b, 57).readD()
                        | at(b, 61).readD()
                        | at(b, 65).readD()
                        | at(b, 69).readD());
        assertEquals(1.0, at(b, 73).readF());
        assertEquals(1.0, at(b, 81).readF());
        assertEquals(20.0, at(b, 97).readF());
        assertEquals(0, at(b, 105).readD() | at(b, 109).readD() | at(b, 113).readD()); // no items in hand
        assertEquals(1, b[117]); // show name
        assertEquals(1, b[118]); // running
        assertEquals(0, b[119]); // combat
        assertEquals(1, b[120]); // dead
        assertEquals(0, b[121]); // spawn animation
        assertEquals(0, at(b, 122).readH()); // empty name: client default
        assertEquals(0, at(b, 124).readH()); // empty title
        int t = 126;
        assertEquals(0, b[t + 32]); // ground
        assertEquals(0, b[t + 33]); // team
        assertEquals(8.5, at(b, t + 34).readF());
        assertEquals(20.0, at(b, t + 42).readF());
        assertEquals(0, at(b, t + 50).readD() | at(b, t + 54).readD());
        assertEquals(t + 58, b.length);
    }

    @Test
    void abnormalVisualMaskAtTheReferenceOffsets() {
        // world-presence.md: after the cubics, c party room then d mask (UserInfo, CharInfo); NpcInfo title end + 12
        Player p = dwarf();
        p.setAbnormalMask(0x240); // stun and root
        int t = 21 + 6 + 412 + 4;
        assertEquals(0x240, at(PlayerPresence.userInfo(p).encode(), t + 33 + 1).readD());
        t = 21 + 6 + 208 + 4;
        assertEquals(0x240, at(PlayerPresence.charInfo(p).encode(), t + 29 + 1).readD());
        byte[] b = new NpcInfo(7, 1030001, true, 1, 2, 3, 4, 120, 60, 8.5, 20.0, false, false, "", "", 0x80).encode();
        assertEquals(0x80, at(b, 126 + 12).readD());
        assertEquals(126 + 58, b.length);
    }

    @Test
    void npcInfoLayout() {
        byte[] b = new NpcInfo(7, 1030001, true, 1, 2, 3, 4, 120, 60, 8.5, 20.0, false, false, "", "").encode();
        assertEquals(0x16, b[0]);
        assertEquals(1030001, at(b, 5).readD());
        assertEquals(1, at(b, 9).readD());
        assertEquals(3, at(b, 21).readD());
        assertEquals(120, at(b, 41).readD());
        assertEquals(8.5, at(b, 89).readF());
        assertEquals(1, b[117]);
        // 122: two empty strings, then 34 bytes, two doubles, two ints
        assertEquals(122 + 4 + 34 + 16 + 8, b.length);
        assertEquals(8.5, at(b, 126 + 34).readF());
    }

    @Test
    void fixedLayouts() {
        assertArrayEquals(
                HEX.parseHex("01" + "07000000" + "0a000000" + "14000000" + "e2ffffff" + "01000000" + "02000000"
                        + "03000000"),
                new MoveToLocation(7, 10, 20, -30, 1, 2, 3).encode());
        assertArrayEquals(HEX.parseHex("12" + "07000000" + "00000000"), new DeleteObject(7).encode());
        assertArrayEquals(
                HEX.parseHex("47" + "07000000" + "01000000" + "02000000" + "03000000" + "00400000"),
                new StopMove(7, 1, 2, 3, 0x4000).encode());
        assertArrayEquals(
                HEX.parseHex("61" + "07000000" + "01000000" + "02000000" + "03000000" + "05000000"),
                new ValidateLocation(7, 1, 2, 3, 5).encode());
        assertArrayEquals(HEX.parseHex("a6" + "07000000" + "feff"), new MyTargetSelected(7, -2).encode());
        assertArrayEquals(
                HEX.parseHex("29" + "07000000" + "08000000" + "01000000" + "02000000" + "03000000"),
                new TargetSelected(7, 8, 1, 2, 3).encode());
        assertArrayEquals(
                HEX.parseHex("2a" + "07000000" + "01000000" + "02000000" + "03000000"),
                new TargetUnselected(7, 1, 2, 3).encode());
        assertArrayEquals(
                HEX.parseHex("2e" + "07000000" + "01000000" + "00000000"), new ChangeMoveType(7, true).encode());
        assertArrayEquals(
                HEX.parseHex("2f" + "07000000" + "00000000" + "01000000" + "02000000" + "03000000"),
                new ChangeWaitType(7, 0, 1, 2, 3).encode());
        assertArrayEquals(HEX.parseHex("2d" + "07000000" + "0c000000"), new SocialAction(7, 12).encode());
        assertArrayEquals(
                HEX.parseHex("0e" + "07000000" + "02000000" + "0a000000" + "64000000" + "09000000" + "32000000"),
                StatusUpdate.hp(7, 50, 100).encode());
        assertArrayEquals(
                HEX.parseHex("4a" + "07000000" + "00000000" + "41006200" + "0000" + "680069000000"),
                new CreatureSay(7, 0, "Ab", "hi").encode());
        // world-chat-npc.md §3: object id, chat type, template id + 1000000, text
        assertArrayEquals(
                HEX.parseHex("02" + "07000000" + "00000000" + "c6b90f00" + "680069000000"),
                NpcSay.of(7, 0, 30598, "hi").encode());
        assertArrayEquals(
                HEX.parseHex("64" + "03000000" + "01000000" + "00000000" + "42000000"),
                SystemMessage.text(3, "B").encode());
        assertArrayEquals(
                HEX.parseHex("64" + "22000000" + "00000000"),
                SystemMessage.of(34).encode());
        // world-chat-npc.md §4.1: item (3) and npc (2) names are one d each; text is S
        assertArrayEquals(
                HEX.parseHex("64" + "1e000000" + "02000000" + "03000000" + "39000000" + "02000000" + "11a10f00"),
                new SystemMessage(
                                30,
                                List.of(
                                        new SystemMessage.Param(3, null, 57),
                                        new SystemMessage.Param(2, null, 1024273)))
                        .encode());
        // zone (3 d) and the disputed 64-bit count cannot be written with one value (a skill has its own factory)
        for (int type : new int[] {6, 7, 8}) {
            assertThrows(IllegalArgumentException.class, () -> new SystemMessage.Param(type, null, 1));
        }
        assertArrayEquals(
                HEX.parseHex("80" + "0100" + "ca000000" + "02000000"),
                new QuestList(List.of(new QuestList.Entry(202, 2))).encode());
        assertArrayEquals(
                HEX.parseHex("58" + "01000000" + "01000000" + "02000000" + "c2000000" + "00"),
                new SkillList(List.of(new SkillList.Entry(194, 2, true))).encode());
        assertArrayEquals(
                HEX.parseHex("0b" + "07000000" + "39000000" + "01000000" + "02000000" + "03000000" + "01000000"
                        + "64000000" + "00000000"),
                new SpawnItem(7, 57, 1, 2, 3, true, 100).encode());
        assertArrayEquals(HEX.parseHex("25"), ActionFailed.INSTANCE.encode());
    }

    /** The skill-learning packets against world-combat-skills.md §4.3, §4.5, §4.7 and a skill-name parameter. */
    @Test
    void skillLearningPacketsMatchTheReference() {
        // 0x8A, d type, d count, 20-byte entries: id, next level, max level (= next), SP, requirements 0
        assertArrayEquals(
                HEX.parseHex("8a" + "00000000" + "02000000"
                        + "10000000" + "01000000" + "01000000" + "32000000" + "00000000"
                        + "03000000" + "04000000" + "04000000" + "72010000" + "00000000"),
                new AcquireSkillList(
                                0,
                                List.of(new AcquireSkillList.Entry(16, 1, 50), new AcquireSkillList.Entry(3, 4, 370)))
                        .encode());
        // 0x8B, d id, d level, d SP, d type, d count, entries d 99, d item, d count (int32), d 50
        byte[] info =
                new AcquireSkillInfo(1405, 1, 0, 0, List.of(new AcquireSkillInfo.Requirement(99, 8618, 1))).encode();
        assertEquals(1 + 5 * 4 + 16, info.length);
        assertArrayEquals(
                HEX.parseHex("8b" + "7d050000" + "01000000" + "00000000" + "00000000" + "01000000" + "63000000"
                        + "aa210000" + "01000000" + "32000000"),
                info);
        assertArrayEquals(
                HEX.parseHex("8b" + "10000000" + "02000000" + "32000000" + "00000000" + "00000000"),
                new AcquireSkillInfo(16, 2, 50, 0, List.of()).encode());
        assertArrayEquals(HEX.parseHex("8e"), AcquireSkillDone.INSTANCE.encode());
        // 277 "you have earned $s1": type 4, d skill id, d level
        assertArrayEquals(
                HEX.parseHex("64" + "15010000" + "01000000" + "04000000" + "10000000" + "02000000"),
                SystemMessage.skill(277, 16, 2).encode());
    }

    /** The small packets of the EnterWorld burst, byte for byte against world-session-party.md §1.3 / §2. */
    @Test
    void burstPacketsMatchTheReference() {
        assertArrayEquals(HEX.parseHex("e7" + "05000000" + "00" + "00" + "00"), new SendMacroList(5).encode());
        assertArrayEquals(HEX.parseHex("e4" + "000000000000" + "03000000" + "00000000"), new HennaInfo().encode());
        assertArrayEquals(HEX.parseHex("7f" + "0000"), new AbnormalStatusUpdate().encode());
        assertArrayEquals(
                HEX.parseHex("f3" + "00000000" + "02000000" + "00000000" + "00000000" + "00000000" + "00000000"
                        + "00000000"),
                new EtcStatusUpdate(2).encode());
        assertArrayEquals(
                HEX.parseHex("fe" + "2e00" + "50000000" + "64000000" + "14000000" + "04000000" + "04000000" + "00000000"
                        + "32000000"),
                new ExStorageMaxCount(80, 100, 20, 4, 4, 0, 50).encode());
        assertArrayEquals(HEX.parseHex("fa" + "00000000"), new FriendList().encode());
        assertArrayEquals(HEX.parseHex("c1" + "00000000"), new SkillCoolTime().encode());
        assertArrayEquals(HEX.parseHex("80" + "0000"), new QuestList(List.of()).encode());
        assertArrayEquals(
                HEX.parseHex("ce" + "07000000" + "00000000" + "01000000" + "05000000" + "01000000"),
                new RelationChanged(7, 0, true, 5, 1).encode());
        assertArrayEquals(
                HEX.parseHex("28" + "07000000" + "01000000" + "02000000" + "fdffffff" + "00000000"),
                new TeleportToLocation(7, 1, 2, -3).encode());
    }

    @Test
    void shortCutInitEntries() {
        byte[] b = new ShortCutInit(List.of(
                        new ShortCutInit.Entry(3, 0, 2, 0),
                        new ShortCutInit.Entry(2, 13, 3, 1),
                        new ShortCutInit.Entry(1, 1, 0x20000001, 0)))
                .encode();
        assertEquals(1 + 4 + (8 + 8) + (8 + 13) + (8 + 24), b.length);
        assertArrayEquals(
                HEX.parseHex("45" + "03000000" + "03000000" + "00000000" + "02000000" + "01000000"
                        + "02000000" + "0d000000" + "03000000" + "01000000" + "00" + "01000000"
                        + "01000000" + "01000000" + "01000020" + "01000000" + "ffffffff" + "00000000" + "00000000"
                        + "00000000"),
                b);
    }

    @Test
    void itemListRecordsAre36Bytes() {
        Player p = humanFighter();
        byte[] b = Inventory.of(p).itemList(false).encode();
        assertEquals(5 + 3 * 36, b.length);
        assertEquals(0, at(b, 1).readH());
        assertEquals(3, at(b, 3).readH());
        // first record: Squire's Sword, equipped in the right hand
        assertEquals(0, at(b, 5).readH()); // type1 weapon
        assertEquals(0x20000001, at(b, 7).readD());
        assertEquals(2369, at(b, 11).readD());
        assertEquals(1, at(b, 15).readD());
        assertEquals(1, at(b, 5 + 18).readH()); // equipped
        assertEquals(PaperdollSlot.MASK_RIGHT_HAND, at(b, 5 + 20).readD());
        assertEquals(-1, at(b, 5 + 32).readD()); // mana
        // adena: type1 4, type2 4, count
        int a = 5 + 72;
        assertEquals(4, at(b, a).readH());
        assertEquals(1000, at(b, a + 10).readD());
        assertEquals(4, at(b, a + 14).readH());
        assertEquals(0, at(b, a + 18).readH());
    }
}
