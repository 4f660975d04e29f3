package org.aden.game.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.aden.game.TestData;
import org.aden.game.actor.Npc;
import org.aden.game.idfactory.HighWaterMarkIdFactory;
import org.aden.game.npc.NpcTemplates;
import org.aden.game.world.WorldFixture;
import org.junit.jupiter.api.Test;

/** Territory spawns and respawns on a fake clock: a kill is a despawn plus the after-death hook, as combat does. */
class RespawnTest {
    static final NpcTemplates NPCS = TestData.world().npcs();
    static final Path FILE = TestData.datapackDir().resolve("spawns/17_25.xml");

    final WorldFixture f = new WorldFixture();
    final Spawner spawner = new Spawner(
            f.world,
            NPCS,
            new HighWaterMarkIdFactory(HighWaterMarkIdFactory.FIRST_ID),
            new Random(7),
            TestData.datapackDir());

    static void kill(WorldFixture f, Npc npc) {
        f.world.despawn(npc);
        npc.runAfterDeath();
    }

    Npc only(SpawnGroup g) {
        assertEquals(1, g.living());
        return g.livingNpcs().iterator().next();
    }

    /** Advances the clock in whole seconds, one tick per second (timers run at tick time). */
    void seconds(int n) {
        f.world.tick();
        for (int i = 0; i < n; i++) {
            f.clock.advance(1000);
            f.world.tick();
        }
    }

    @Test
    void aKilledPointSpawnComesBackAtItsPointWithinItsRespawnWindow() {
        // a wolf (20481), 60 s ± 10 s
        spawner.spawnAll(new SpawnTable(
                List.of(new SpawnPoint(20481, -71000, 258000, -3100, 1000, 60, 10, null, FILE, 12)), List.of()));
        SpawnGroup g = spawner.groups().get(0);
        assertEquals("spawns/17_25.xml:12", g.origin());
        Npc wolf = only(g);
        assertSame(wolf, f.world.object(wolf.objectId()));
        kill(f, wolf);
        assertEquals(0, g.living());
        seconds(49);
        assertEquals(0, g.living(), "back before respawn - random");
        seconds(22);
        Npc back = only(g);
        assertNotSame(wolf, back);
        assertEquals(wolf.objectId(), back.objectId());
        assertSame(back, f.world.object(back.objectId()));
        assertEquals(20481, back.templateId());
        assertEquals(-71000, back.x());
        assertEquals(258000, back.y());
        assertEquals(-3100, back.z());
        assertEquals(back.maxHp(), back.curHp());
        // and again: the hook is set on every new NPC
        kill(f, back);
        seconds(71);
        assertEquals(1, g.living());
    }

    @Test
    void theRespawnDelayCoversTheWholeRandomWindow() {
        SpawnGroup g = new SpawnGroup(NPCS.get(20481).orElseThrow(), "t", 1, 60, 10, r -> new int[4]);
        Random r = new Random(3);
        long min = Long.MAX_VALUE, max = 0;
        for (int i = 0; i < 2000; i++) {
            long d = g.respawnDelayMillis(r);
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        assertEquals(50_000, min);
        assertEquals(70_000, max);
    }

    @Test
    void aTerritorySpawnsItsCountInsideItsPolygonAndRespawnsThereToo() {
        Territory square = new Territory(
                "test",
                new int[] {-72000, -70000, -70000, -71000},
                new int[] {257000, 257000, 259000, 258000},
                -3200,
                -3000,
                List.of(new Territory.Member(20481, 8, 30, 0, 20)),
                FILE,
                18);
        int n = spawner.spawnAll(new SpawnTable(List.of(), List.of(square)));
        assertEquals(8, n);
        SpawnGroup g = spawner.groups().get(0);
        assertEquals(8, g.living());
        for (Npc npc : g.livingNpcs()) {
            assertTrue(square.contains(npc.x(), npc.y()), npc.x() + "," + npc.y());
            assertTrue(npc.z() >= -3200 && npc.z() <= -3000);
            assertTrue(f.world.object(npc.objectId()) == npc);
        }
        for (Npc npc : List.copyOf(g.livingNpcs())) {
            kill(f, npc);
        }
        seconds(29);
        assertEquals(0, g.living());
        seconds(2);
        assertEquals(8, g.living());
        for (Npc npc : g.livingNpcs()) {
            assertTrue(square.contains(npc.x(), npc.y()));
        }
    }

    @Test
    void aPolygonContainsItsInsideOnly() {
        // an L: (0,0) (10,0) (10,5) (5,5) (5,10) (0,10)
        Territory l = new Territory(
                "l", new int[] {0, 10, 10, 5, 5, 0}, new int[] {0, 0, 5, 5, 10, 10}, 0, 0, List.of(), FILE, 1);
        assertTrue(l.contains(2, 2));
        assertTrue(l.contains(2, 8));
        assertTrue(l.contains(8, 2));
        assertFalse(l.contains(8, 8));
        assertFalse(l.contains(11, 2));
        assertFalse(l.contains(-1, 2));
    }

    @Test
    void aDeletedNpcDoesNotComeBackAndItsGroupForgetsIt() {
        spawner.spawnAll(new SpawnTable(
                List.of(new SpawnPoint(20481, -71000, 258000, -3100, 0, 10, 0, null, FILE, 12)), List.of()));
        SpawnGroup g = spawner.groups().get(0);
        Npc wolf = only(g);
        spawner.delete(wolf);
        assertFalse(wolf.isSpawned());
        assertEquals(0, g.wanted());
        assertTrue(spawner.origin(wolf).isEmpty());
        wolf.runAfterDeath(); // nothing left to run
        seconds(30);
        assertEquals(0, g.living());
    }

    @Test
    void aGmSpawnDoesNotRespawn() {
        List<Npc> spawned = spawner.spawnAt(NPCS.get(20481).orElseThrow(), 3, -71000, 258000, -3100, 0, "//spawn");
        assertEquals(3, spawned.size());
        SpawnGroup g = spawner.origin(spawned.get(0)).orElseThrow();
        kill(f, spawned.get(0));
        seconds(120);
        assertEquals(2, g.living());
        assertEquals(2, g.wanted());
    }

    @Test
    void despawnAllCancelsPendingRespawns() {
        spawner.spawnAll(new SpawnTable(
                List.of(new SpawnPoint(20481, -71000, 258000, -3100, 0, 10, 0, null, FILE, 12)), List.of()));
        SpawnGroup g = spawner.groups().get(0);
        kill(f, only(g));
        spawner.despawnAll();
        seconds(30);
        assertEquals(0, g.living());
        assertEquals(0, spawner.living());
    }
}
