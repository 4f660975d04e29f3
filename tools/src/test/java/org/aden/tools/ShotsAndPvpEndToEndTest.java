package org.aden.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import org.aden.common.net.PacketReader;
import org.aden.common.testing.TestDatabase;
import org.aden.tools.client.game.WorldClient;
import org.aden.tools.client.game.WorldPackets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Soulshots and PvP with the headless client (cipher on) against the real servers, datapack and MariaDB: a fighter
 * charges its Squire's Sword with a soulshot (MagicSkillUse of skill 2039, the stack one lower), switches auto-use
 * on (ExAutoSoulShot) and its swings at a Talking Island wolf carry the soulshot hit flag; a forced attack on
 * another character flags the attacker, which the victim sees (RelationChanged with the PvP bit).
 */
class ShotsAndPvpEndToEndTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static final Duration WAIT = Duration.ofSeconds(10);
    static final int WOLF_NPC_TYPE = 20120 + 1_000_000;
    /** A fixed wolf spawn of the datapack (spawns/17_25.xml), outside the village's peace zone. */
    static final int WOLF_X = -97160;

    static final int WOLF_Y = 242240;
    static final int WOLF_Z = -3504;
    static final int SOULSHOT_NG = 1835;
    static final int MAGIC_SKILL_USE = 0x48, RELATION_CHANGED = 0xCE, EXTENDED = 0xFE, SUB_AUTO_SOUL_SHOT = 0x12;
    static TestShard shard;

    @BeforeAll
    static void start() throws Exception {
        shard = TestShard.start(db, Map.of(), Map.of());
    }

    @AfterAll
    static void stop() {
        if (shard != null) {
            shard.close();
        }
    }

    static void sql(String statement, Object... args) throws SQLException {
        shard.sql(statement, args);
    }

    /** A character created, then moved into the field at level 20 with 5000 HP (changed after its first logout). */
    static int fieldCharacter(String account, String name, int dx) throws Exception {
        int id;
        try (WorldClient c = shard.enter(account, name, WAIT)) {
            id = c.me().objectId();
            assertTrue(c.logout(WAIT));
        }
        Thread.sleep(500);
        sql(
                "UPDATE characters SET level = 20, current_hp = 5000, x = ?, y = ?, z = ? WHERE obj_id = ?",
                WOLF_X + dx,
                WOLF_Y,
                WOLF_Z,
                id);
        return id;
    }

    static byte[] body(int opcode, int... ints) {
        ByteBuffer b = ByteBuffer.allocate(1 + 4 * ints.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) opcode);
        for (int i : ints) {
            b.putInt(i);
        }
        return b.array();
    }

    @Test
    void aSoulshotChargesTheSwordAndAutoUseFlagsTheSwings() throws Exception {
        int me = fieldCharacter("gunner", "Gunner", 150);
        int shots = 0x7FF00001; // far above what the id factory hands out in this test
        sql(
                "INSERT INTO items (obj_id, owner_id, item_id, count, enchant_level, location, slot)"
                        + " VALUES (?, ?, ?, 100, 0, 'INVENTORY', -1)",
                shots,
                me,
                SOULSHOT_NG);
        try (WorldClient c = shard.enter("gunner", "Gunner", WAIT)) {
            int mark = c.mark();
            c.send(body(0x14, shots, 0)); // UseItem
            byte[] charged = c.awaitAfter(
                    mark,
                    p -> WorldPackets.opcode(p) == MAGIC_SKILL_USE && new PacketReader(p, 9, 4).readD() == 2039,
                    WAIT);
            assertNotNull(charged, "MagicSkillUse of the soulshot's skill");
            assertEquals(me, new PacketReader(charged, 1, 4).readD());
            byte[] update = c.awaitAfter(mark, p -> WorldPackets.opcode(p) == WorldPackets.INVENTORY_UPDATE, WAIT);
            assertNotNull(update);
            WorldPackets.ItemChange stack = WorldPackets.inventoryUpdate(update).get(0);
            assertEquals(shots, stack.objectId());
            assertEquals(99, stack.count(), "the Squire's Sword takes one shot");

            mark = c.mark();
            // RequestAutoSoulShot 0xD0:0005, soulshot, on
            ByteBuffer auto = ByteBuffer.allocate(11).order(ByteOrder.LITTLE_ENDIAN);
            auto.put((byte) 0xD0).putShort((short) 0x0005).putInt(SOULSHOT_NG).putInt(1);
            c.send(auto.array());
            byte[] on = c.awaitAfter(
                    mark,
                    p -> WorldPackets.opcode(p) == EXTENDED && new PacketReader(p, 1, 2).readH() == SUB_AUTO_SOUL_SHOT,
                    WAIT);
            assertNotNull(on, "ExAutoSoulShot");
            assertEquals(SOULSHOT_NG, new PacketReader(on, 3, 4).readD());
            assertEquals(1, new PacketReader(on, 7, 4).readD());

            assertNotNull(
                    c.await(
                            p -> WorldPackets.opcode(p) == WorldPackets.NPC_INFO
                                    && WorldPackets.npcInfo(p).npcTypeId() == WOLF_NPC_TYPE,
                            WAIT),
                    "a wolf in view");
            WorldPackets.Npc wolf = c.received(WorldPackets.NPC_INFO).stream()
                    .map(WorldPackets::npcInfo)
                    .filter(n -> n.npcTypeId() == WOLF_NPC_TYPE && n.attackable())
                    .min(Comparator.comparingDouble(n -> Math.hypot(n.x() - (WOLF_X + 150), n.y() - WOLF_Y)))
                    .orElseThrow();
            mark = c.mark();
            c.action(wolf.objectId());
            c.action(wolf.objectId());
            byte[] hit = c.awaitAfter(
                    mark,
                    p -> WorldPackets.opcode(p) == WorldPackets.ATTACK
                            && WorldPackets.objectId(p) == me
                            && (p[13] & 0x80) == 0,
                    Duration.ofSeconds(30));
            assertNotNull(hit, "a swing that hits");
            assertEquals(0x10, p13(hit) & 0x1F, "the soulshot flag with the no-grade flash");
            assertTrue(c.logout(WAIT));
        }
    }

    static int p13(byte[] attack) {
        return attack[13] & 0xFF;
    }

    @Test
    void aForcedAttackOnAnotherCharacterFlagsTheAttackerForThoseWhoSeeIt() throws Exception {
        int a = fieldCharacter("duelist", "Duelist", -300);
        int b = fieldCharacter("victim", "Victim", -260);
        try (WorldClient attacker = shard.enter("duelist", "Duelist", WAIT);
                WorldClient victim = shard.enter("victim", "Victim", WAIT)) {
            assertNotNull(
                    attacker.await(
                            p -> WorldPackets.opcode(p) == WorldPackets.CHAR_INFO
                                    && new PacketReader(p, 17, 4).readD() == b,
                            WAIT),
                    "the attacker sees the victim");
            int mark = victim.mark();
            // AttackRequest: d target, d x, y, z, c 0 (a forced attack)
            ByteBuffer req = ByteBuffer.allocate(18).order(ByteOrder.LITTLE_ENDIAN);
            req.put((byte) 0x0A)
                    .putInt(b)
                    .putInt(WOLF_X - 300)
                    .putInt(WOLF_Y)
                    .putInt(WOLF_Z)
                    .put((byte) 0);
            attacker.send(req.array());
            byte[] relation = victim.awaitAfter(
                    mark,
                    p -> WorldPackets.opcode(p) == RELATION_CHANGED && new PacketReader(p, 1, 4).readD() == a,
                    Duration.ofSeconds(20));
            assertNotNull(relation, "the victim is told the attacker's relation");
            assertEquals(0x2, new PacketReader(relation, 5, 4).readD() & 0x2, "PvP flag bit");
            assertEquals(1, new PacketReader(relation, 9, 4).readD(), "attackable with a plain click now");
            assertEquals(1, new PacketReader(relation, 17, 4).readD(), "pvp flag");
        }
    }
}
