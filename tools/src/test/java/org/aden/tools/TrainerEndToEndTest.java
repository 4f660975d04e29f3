package org.aden.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aden.common.net.PacketReader;
import org.aden.common.net.PacketWriter;
import org.aden.common.testing.TestDatabase;
import org.aden.tools.client.game.GameConnection;
import org.aden.tools.client.game.WorldClient;
import org.aden.tools.client.game.WorldPackets;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Learning a skill at Gwinter, a trainer of Talking Island Village, with the headless client (game cipher on)
 * against a real shard, the shipped scripts and datapack: her page's link opens AcquireSkillList, RequestAcquireSkill
 * answers with a SkillList holding the skill, and after a relog the skill is still there (read from MariaDB).
 */
class TrainerEndToEndTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static final Duration WAIT = Duration.ofSeconds(30);
    static final int GWINTER = 30027;
    static final int GWINTER_X = -83020, GWINTER_Y = 242553, GWINTER_Z = -3720;
    static final int ACQUIRE_SKILL_LIST = 0x8A;
    static final int REQUEST_ACQUIRE_SKILL = 0x6C;
    static final int MORTAL_BLOW = 16;
    static TestShard shard;

    @BeforeAll
    static void start() throws Exception {
        Path root = Path.of(System.getProperty("aden.root", "..")).toAbsolutePath();
        Map<String, String> keys = new HashMap<>();
        keys.put("game.world.scripts", root.resolve("scripts").toString());
        shard = TestShard.start(db, Map.of(), keys);
    }

    @AfterAll
    static void stop() {
        if (shard != null) {
            shard.close();
        }
    }

    /** Skill id to level of a SkillList (d count, 13-byte entries: d passive, d level, d id, c disabled). */
    static Map<Integer, Integer> skills(byte[] list) {
        PacketReader r = new PacketReader(list, 1, list.length - 1);
        int n = r.readD();
        Map<Integer, Integer> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            r.readD();
            int level = r.readD();
            out.put(r.readD(), level);
            r.readC();
        }
        return out;
    }

    static int sql(String update, int id) throws Exception {
        try (SqlSession s = shard.gameDb.sqlSessionFactory().openSession(true);
                PreparedStatement st = s.getConnection().prepareStatement(update)) {
            st.setInt(1, id);
            return st.executeUpdate();
        }
    }

    @Test
    void aSkillLearntAtATrainerIsInTheSkillListAndStaysAfterARelog() throws Exception {
        // created at the character screen (never in the world, so no save of it can come after the update below)
        try (GameConnection c = GameConnection.connect("127.0.0.1", shard.game.port())) {
            c.protocolVersion(746);
            c.authLogin("pupil", shard.keys("pupil"));
            assertTrue(c.createCharacter("Pupil", 0, 0, 0, 0, 0, 0).ok(), "character created");
        }
        int me;
        try (SqlSession s = shard.gameDb.sqlSessionFactory().openSession();
                PreparedStatement st =
                        s.getConnection().prepareStatement("SELECT obj_id FROM characters WHERE name = ?")) {
            st.setString(1, "Pupil");
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next());
                me = rs.getInt(1);
            }
        }
        // level 5 with 1000 SP, beside Gwinter
        sql(
                "UPDATE characters SET level = 5, exp = 1700, sp = 1000, x = " + (GWINTER_X + 60) + ", y = " + GWINTER_Y
                        + ", z = " + GWINTER_Z + " WHERE obj_id = ?",
                me);

        try (WorldClient w = shard.enter("pupil", "Pupil", WAIT)) {
            byte[] info = w.await(
                    p -> WorldPackets.opcode(p) == WorldPackets.NPC_INFO
                            && WorldPackets.npcInfo(p).npcTypeId() == GWINTER + 1_000_000,
                    Duration.ofSeconds(60));
            assertNotNull(info, "Gwinter is in sight");
            int gwinter = WorldPackets.npcInfo(info).objectId();
            w.action(gwinter);
            w.action(gwinter);
            byte[] page = w.await(p -> WorldPackets.opcode(p) == WorldPackets.NPC_HTML_MESSAGE, WAIT);
            assertNotNull(page, "her page");
            Matcher link = Pattern.compile("bypass -h (npc_\\d+_SkillList)\"")
                    .matcher(WorldPackets.npcHtml(page).html());
            assertTrue(link.find(), WorldPackets.npcHtml(page).html());

            int mark = w.mark();
            w.bypass(link.group(1));
            byte[] list = w.awaitAfter(mark, p -> WorldPackets.opcode(p) == ACQUIRE_SKILL_LIST, WAIT);
            assertNotNull(list, "AcquireSkillList");
            PacketReader r = new PacketReader(list, 1, list.length - 1);
            assertEquals(0, r.readD(), "class skills");
            assertTrue(r.readD() > 0);

            mark = w.mark();
            PacketWriter req = new PacketWriter();
            req.writeC(REQUEST_ACQUIRE_SKILL).writeD(MORTAL_BLOW).writeD(1).writeD(0);
            w.send(req.toByteArray());
            byte[] skillList = w.awaitAfter(
                    mark,
                    p -> WorldPackets.opcode(p) == WorldPackets.SKILL_LIST
                            && skills(p).containsKey(MORTAL_BLOW),
                    WAIT);
            assertNotNull(skillList, "SkillList with Mortal Blow");
            assertEquals(1, skills(skillList).get(MORTAL_BLOW));
            assertTrue(w.logout(WAIT));
        }

        try (SqlSession s = shard.gameDb.sqlSessionFactory().openSession();
                PreparedStatement st =
                        s.getConnection().prepareStatement("SELECT sp FROM characters WHERE obj_id = ?")) {
            st.setInt(1, me);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                assertEquals(950, rs.getInt(1), "50 SP paid");
            }
        }
        try (WorldClient w = shard.enter("pupil", "Pupil", WAIT)) {
            byte[] list = w.await(p -> WorldPackets.opcode(p) == WorldPackets.SKILL_LIST, WAIT);
            assertNotNull(list, "SkillList at EnterWorld");
            assertEquals(1, skills(list).get(MORTAL_BLOW), "still learnt after the relog");
        }
    }
}
