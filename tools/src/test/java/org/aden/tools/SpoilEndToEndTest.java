package org.aden.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.aden.common.net.PacketReader;
import org.aden.common.net.PacketWriter;
import org.aden.common.testing.TestDatabase;
import org.aden.tools.client.game.WorldClient;
import org.aden.tools.client.game.WorldPackets;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Spoil and Sweeper with the headless client (cipher on) against the real servers, the datapack and MariaDB: a
 * level-20 dwarf who knows both skills spoils a Goblin near Gludio (SystemMessage 612), kills it (Die), sweeps the
 * corpse (InventoryUpdate) and the item ledger holds one SWEEP line per item of the Goblin's spoil list (x100
 * chances make every entry come out).
 */
class SpoilEndToEndTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static final Duration WAIT = Duration.ofSeconds(10);
    static final int GOBLIN_NPC_TYPE = 20003 + 1_000_000;
    /** A fixed Goblin spawn of the datapack (spawns/20_18.xml). */
    static final int GOBLIN_X = 24590, GOBLIN_Y = 20688, GOBLIN_Z = -3536;

    static final int DWARF = 4, DWARVEN_FIGHTER = 53, SPOIL = 254, SWEEPER = 42, SPOIL_ACTIVATED = 612;
    /** The Goblin's spoil list (npcs/20000-20999.xml). */
    static final List<Integer> GOBLIN_SPOIL = List.of(116, 1786, 1871);

    static TestShard shard;

    @BeforeAll
    static void start() throws Exception {
        // every spoil entry comes out: x100 chances, no level penalty, no cap on the entries below 100 %
        shard = TestShard.start(
                db,
                Map.of(),
                Map.of(
                        "game.loot.chance-percent", "10000",
                        "game.loot.level-penalty", "false",
                        "game.loot.max-random-drops", "10"));
    }

    @AfterAll
    static void stop() {
        if (shard != null) {
            shard.close();
        }
    }

    /** The item ids of the character's ledger lines with that reason, in order. */
    static List<Integer> ledger(int charId, String reason) throws SQLException {
        List<Integer> out = new ArrayList<>();
        try (SqlSession s = shard.gameDb.sqlSessionFactory().openSession(true);
                PreparedStatement ps = s.getConnection()
                        .prepareStatement("SELECT item_id, count FROM item_ledger WHERE char_id = ? AND reason = ?"
                                + " ORDER BY item_id")) {
            ps.setInt(1, charId);
            ps.setString(2, reason);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    assertTrue(r.getLong(2) > 0, "a gain");
                    out.add(r.getInt(1));
                }
            }
        }
        return out;
    }

    static byte[] cast(int skill) {
        return new PacketWriter().writeC(0x2F).writeD(skill).writeD(0).writeC(0).toByteArray();
    }

    static boolean message(byte[] p, int id) {
        return WorldPackets.opcode(p) == WorldPackets.SYSTEM_MESSAGE && new PacketReader(p, 1, 4).readD() == id;
    }

    @Test
    void aDwarfSpoilsAGoblinKillsItAndSweepsItsSpoil() throws Exception {
        int me;
        try (WorldClient c = shard.enter("spoiler", "Spoiler", DWARF, DWARVEN_FIGHTER, WAIT)) {
            me = c.me().objectId();
            assertTrue(c.logout(WAIT));
        }
        Thread.sleep(500);
        shard.sql(
                "UPDATE characters SET level = 20, current_hp = 5000, current_mp = 500, x = ?, y = ?, z = ?"
                        + " WHERE obj_id = ?",
                GOBLIN_X + 100,
                GOBLIN_Y,
                GOBLIN_Z,
                me);
        shard.sql(
                "INSERT INTO character_skills (char_id, skill_id, skill_level) VALUES (?, ?, 1), (?, ?, 1)",
                me,
                SPOIL,
                me,
                SWEEPER);
        try (WorldClient c = shard.enter("spoiler", "Spoiler", WAIT)) {
            assertNotNull(
                    c.await(
                            p -> WorldPackets.opcode(p) == WorldPackets.NPC_INFO
                                    && WorldPackets.npcInfo(p).npcTypeId() == GOBLIN_NPC_TYPE,
                            WAIT),
                    "a Goblin in view");
            WorldPackets.Npc goblin = c.received(WorldPackets.NPC_INFO).stream()
                    .map(WorldPackets::npcInfo)
                    .filter(n -> n.npcTypeId() == GOBLIN_NPC_TYPE && n.attackable())
                    .min(Comparator.comparingDouble(n -> Math.hypot(n.x() - GOBLIN_X, n.y() - GOBLIN_Y)))
                    .orElseThrow();
            int mark = c.mark();
            c.action(goblin.objectId()); // select
            assertNotNull(c.awaitAfter(mark, p -> WorldPackets.opcode(p) == WorldPackets.MY_TARGET_SELECTED, WAIT));
            c.send(cast(SPOIL));
            assertNotNull(
                    c.awaitAfter(mark, p -> message(p, SPOIL_ACTIVATED), Duration.ofSeconds(15)),
                    "the Spoil condition has been activated");

            mark = c.mark();
            c.action(goblin.objectId()); // a second click attacks
            assertNotNull(
                    c.awaitAfter(
                            mark,
                            p -> WorldPackets.opcode(p) == WorldPackets.DIE
                                    && WorldPackets.objectId(p) == goblin.objectId(),
                            Duration.ofSeconds(60)),
                    "the Goblin dies");

            mark = c.mark();
            c.send(cast(SWEEPER));
            byte[] update = c.awaitAfter(
                    mark, p -> WorldPackets.opcode(p) == WorldPackets.INVENTORY_UPDATE, Duration.ofSeconds(15));
            assertNotNull(update, "InventoryUpdate of the sweep");
            List<Integer> got = WorldPackets.inventoryUpdate(update).stream()
                    .map(WorldPackets.ItemChange::itemId)
                    .sorted()
                    .toList();
            assertEquals(GOBLIN_SPOIL, got, "the spoil list's items");
            assertTrue(c.logout(WAIT));
        }
        assertEquals(GOBLIN_SPOIL, ledger(me, "SWEEP"), "one SWEEP line per item, written with the change");
    }
}
