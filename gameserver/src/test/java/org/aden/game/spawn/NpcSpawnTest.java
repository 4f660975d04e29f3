package org.aden.game.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.aden.game.actor.Player;
import org.aden.game.datapack.DatapackException;
import org.aden.game.datapack.XmlDatapack;
import org.aden.game.idfactory.HighWaterMarkIdFactory;
import org.aden.game.network.server.world.NpcInfo;
import org.aden.game.npc.NpcTemplate;
import org.aden.game.npc.NpcTemplateLoader;
import org.aden.game.npc.NpcTemplates;
import org.aden.game.world.WorldFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real datapack's NPC templates and spawns, and the NPCs a player at the Talking Island start sees. */
class NpcSpawnTest {
    static final Path DATAPACK = Path.of(System.getProperty("aden.root", ".."), "datapack");
    static final XmlDatapack PACK = new XmlDatapack(DATAPACK);
    static final NpcTemplates NPCS = NpcTemplateLoader.load(PACK);
    static final SpawnTable SPAWNS = SpawnTableLoader.load(PACK, NPCS);

    @Test
    void templatesCarryTheDataAndTheSchemaDefaults() {
        assertTrue(NPCS.size() > 6000, "NPC templates: " + NPCS.size());
        NpcTemplate roien = NPCS.get(30008).orElseThrow(); // spawns/17_25.xml, Talking Island village
        assertEquals("Roien", roien.name());
        assertEquals("Grand Master", roien.title());
        assertEquals("folk", roien.type());
        assertEquals(70, roien.level());
        assertFalse(roien.attackable());
        assertTrue(roien.targetable()); // schema default, left out of the file
        assertFalse(roien.serverSideName()); // schema default
        assertEquals(8, roien.collisionRadius());
        assertEquals(23.5, roien.collisionHeight());
        assertEquals(50, roien.walkSpeed());
        assertEquals(120, roien.runSpeed());
        assertEquals(2444.46819, roien.hp(), 1e-6);
        assertEquals(30008, roien.displayId());
    }

    @Test
    void spawnsNameKnownNpcsAtTheirPoints() {
        assertTrue(
                SPAWNS.points().size() > 30000,
                "spawn points: " + SPAWNS.points().size());
        SpawnPoint p = SPAWNS.points().stream()
                .filter(s -> s.npcId() == 30008)
                .findFirst()
                .orElseThrow();
        assertEquals(-71384, p.x());
        assertEquals(258304, p.y());
        assertEquals(-3104, p.z());
        assertEquals(42000, p.heading());
        assertEquals(60, p.respawnSec());
        assertEquals("17_25.xml", p.file().getFileName().toString());
    }

    @Test
    void aSpawnOfAnUnknownNpcIsRefusedWithFileAndLine(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("spawns"));
        Files.createDirectories(dir.resolve("schema"));
        for (String xsd : new String[] {"spawns.xsd", "common.xsd"}) {
            Files.copy(
                    DATAPACK.resolve("schema").resolve(xsd),
                    dir.resolve("schema").resolve(xsd));
        }
        Files.writeString(dir.resolve("spawns/17_25.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <spawns tile="17_25">
                  <spawn npc="30008" x="-71384" y="258304" z="-3104"/>
                  <spawn npc="999999" x="-71384" y="258304" z="-3104"/>
                </spawns>
                """);
        DatapackException e =
                assertThrows(DatapackException.class, () -> SpawnTableLoader.load(new XmlDatapack(dir), NPCS));
        assertTrue(e.getMessage().endsWith("17_25.xml:4: unknown NPC 999999"), e.getMessage());
    }

    @Test
    void aPlayerAtTheTalkingIslandStartSeesTheNpcsSpawnedThere() {
        WorldFixture f = new WorldFixture();
        int spawned = new Spawner(
                        f.world,
                        NPCS,
                        new HighWaterMarkIdFactory(HighWaterMarkIdFactory.FIRST_ID + 1_000_000),
                        new java.util.Random(1),
                        DATAPACK)
                .spawnAll(SPAWNS);
        long points =
                SPAWNS.points().stream().filter(s -> !"grand".equals(s.boss())).count();
        assertEquals(points + SPAWNS.territoryNpcs(), spawned);
        assertTrue(SPAWNS.territoryNpcs() > 1000, "territory NPCs " + SPAWNS.territoryNpcs());
        Player p = f.player("Alice", -71338, 258271);
        Set<Integer> seen = new TreeSet<>();
        for (byte[] body : f.sink(p).withOpcode(NpcInfo.OPCODE)) {
            ByteBuffer b = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
            seen.add(b.getInt(5) - 1_000_000);
        }
        // the point spawns within 3000 of (-71338, 258271) in spawns/17_25.xml: Roien, the Newbie Helper, a wolf
        assertTrue(seen.containsAll(Set.of(30008, 30009, 20481)), "seen " + seen);
        for (int id : seen) {
            assertTrue(NPCS.contains(id), "unknown template " + id);
        }
    }
}
