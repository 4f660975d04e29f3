package org.aden.game.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.aden.common.net.PacketReader;
import org.aden.game.TestData;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.actor.WorldObject;
import org.aden.game.content.WorldData;
import org.aden.game.datapack.XmlDatapack;
import org.aden.game.door.Door;
import org.aden.game.door.Doors;
import org.aden.game.idfactory.HighWaterMarkIdFactory;
import org.aden.game.move.Teleports;
import org.aden.game.reload.LiveContent;
import org.aden.game.spawn.SpawnPoint;
import org.aden.game.spawn.SpawnTable;
import org.aden.game.spawn.Spawner;
import org.aden.game.staticobject.StaticObjects;
import org.aden.game.world.RecordingSink;
import org.aden.game.world.WorldFixture;
import org.aden.game.world.command.CommandCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** //spawn, //delete, //npcinfo, //open, //close and //reload datapack in a world on a fake clock. */
class WorldAdminCommandsTest {
    static final WorldData DATA = TestData.world();
    static final int WOLF = 20481;
    static final int X = -71000;
    static final int Y = 258000;

    @TempDir
    Path temp;

    final WorldFixture f = new WorldFixture();
    final HighWaterMarkIdFactory ids = new HighWaterMarkIdFactory(HighWaterMarkIdFactory.FIRST_ID + 0x100000);
    final Spawner spawner = new Spawner(f.world, DATA.npcs(), ids, new Random(3), TestData.datapackDir());
    final AdminCommands admin = new AdminCommands();

    LiveContent live(XmlDatapack datapack, WorldData initial) {
        LiveContent live = new LiveContent(
                f.world,
                datapack,
                initial,
                spawner,
                new Doors(f.world, ids::nextId),
                new StaticObjects(f.world, ids::nextId),
                true,
                Runnable::run); // the reload reads in the caller: the swap still waits for a tick
        WorldAdminCommands.register(admin, live);
        admin.setContext(new AdminContext(
                f.world, f.actions, new Teleports(f.world, f.actions), null, null, new CommandCounts()));
        return live;
    }

    Player gm(String name, int x, int y) {
        Player p = f.player(name, x, y);
        p.setAccessLevel(BuiltinAdminCommands.ADMIN);
        return p;
    }

    /** The free-text system messages a player was sent (what the commands reply). */
    static List<String> replies(RecordingSink s) {
        List<String> out = new ArrayList<>();
        for (byte[] b : s.withOpcode(0x64)) {
            PacketReader r = new PacketReader(b, 9, b.length - 9);
            if (r.readD() == 0) {
                out.add(r.readS());
            }
        }
        return out;
    }

    static String last(RecordingSink s) {
        List<String> r = replies(s);
        return r.isEmpty() ? null : r.get(r.size() - 1);
    }

    void target(Player gm, WorldObject o) {
        f.actions.action(gm, o.objectId());
        assertSame(o, gm.target());
    }

    @Test
    void spawnPutsNpcsAtTheGmsPositionThatDeleteRemovesForGood() {
        live(new XmlDatapack(TestData.datapackDir()), DATA);
        Player gm = gm("Gm", X, Y);
        Player watcher = f.player("Watcher", X + 300, Y);
        f.clearSinks();
        admin.handle(gm, "spawn " + WOLF + " 3");
        f.ticks(1);
        assertTrue(last(f.sink(gm)).startsWith("Spawned 3 x "), last(f.sink(gm)));
        List<byte[]> infos = f.sink(watcher).withOpcode(0x16);
        assertEquals(3, infos.size(), "NpcInfo for each");
        for (byte[] b : infos) {
            assertEquals(WOLF + 1_000_000, new PacketReader(b, 5, 4).readD());
            assertEquals(X, new PacketReader(b, 13, 4).readD());
        }
        // by name, spaces or underscores
        String name = DATA.npcs().get(WOLF).orElseThrow().name();
        admin.handle(gm, "spawn " + name.replace(' ', '_'));
        // the lowest id of the templates with that name (several share one)
        int first = DATA.npcs().all().stream()
                .filter(t -> t.name().equals(name))
                .mapToInt(t -> t.id())
                .min()
                .orElseThrow();
        assertTrue(last(f.sink(gm)).startsWith("Spawned 1 x " + name + " (" + first + ")"), last(f.sink(gm)));
        admin.handle(gm, "spawn nothing_of_that_name");
        assertEquals("No NPC template nothing of that name.", last(f.sink(gm)).replace('_', ' '));

        int npcId = new PacketReader(infos.get(0), 1, 4).readD();
        Npc npc = (Npc) f.world.object(npcId);
        target(gm, npc);
        admin.handle(gm, "npcinfo");
        List<String> r = replies(f.sink(gm));
        String all = String.join("\n", r.subList(r.size() - 3, r.size()));
        assertTrue(all.contains("NPC " + WOLF + " " + name), all);
        assertTrue(all.contains("At " + X + " " + Y), all);
        assertTrue(all.contains("Spawn //spawn by Gm, 3/3 living, respawn none"), all);

        f.sink(watcher).clear();
        admin.handle(gm, "delete");
        assertNull(f.world.object(npcId));
        assertEquals(1, f.sink(watcher).countAbout(0x12, npcId), "DeleteObject");
        assertEquals(
                2,
                spawner.origin((Npc) f.world.object(new PacketReader(infos.get(1), 1, 4).readD()))
                        .orElseThrow()
                        .wanted());
        f.clock.advance(3_600_000);
        f.ticks(1);
        assertNull(f.world.object(npcId), "does not come back");
    }

    @Test
    void deleteOfASpawnTableNpcStopsItsRespawnAndNpcinfoNamesItsSpawn() {
        live(new XmlDatapack(TestData.datapackDir()), DATA);
        Path file = TestData.datapackDir().resolve("spawns/17_25.xml");
        spawner.spawnAll(
                new SpawnTable(List.of(new SpawnPoint(WOLF, X, Y, -3100, 0, 60, 10, null, file, 12)), List.of()));
        Player gm = gm("Gm", X + 100, Y);
        Npc wolf = (Npc)
                gm.known().stream().filter(o -> o instanceof Npc).findFirst().orElseThrow();
        target(gm, wolf);
        admin.handle(gm, "npcinfo");
        assertEquals("Spawn spawns/17_25.xml:12, 1/1 living, respawn 60 s ± 10 s", last(f.sink(gm)));
        admin.handle(gm, "delete");
        assertTrue(last(f.sink(gm)).contains("of spawns/17_25.xml:12; it does not come back"), last(f.sink(gm)));
        f.clock.advance(120_000);
        f.ticks(2);
        assertEquals(0, spawner.living());
        admin.handle(gm, "npcinfo");
        assertEquals("Target an NPC first.", last(f.sink(gm)));
    }

    @Test
    void openAndCloseActOnTheTargetedDoor() {
        LiveContent live = live(new XmlDatapack(TestData.datapackDir()), DATA);
        live.doors().spawnAll(DATA.doors());
        Door gate = live.doors().byDoorId(17100001);
        Player gm = gm("Gm", -89120 + 100, -252843);
        Player player = f.player("Player", -89120 - 100, -252843);
        admin.handle(gm, "open");
        assertEquals("Target a door first.", last(f.sink(gm)));
        target(gm, gate);
        f.clearSinks();
        admin.handle(gm, "open");
        assertTrue(gate.isOpen());
        assertEquals("Door 17100001 Olympiad_Gate_01 is now open.", last(f.sink(gm)));
        assertEquals(1, f.sink(player).count(0x4D));
        admin.handle(gm, "close");
        assertFalse(gate.isOpen());
        assertEquals(2, f.sink(player).count(0x4D));
        player.setAccessLevel(0);
        admin.handle(player, "open");
        assertFalse(gate.isOpen(), "a player may not");
    }

    @Test
    void reloadSwapsInANewDatapackOnTheWorldThreadAndKeepsTheOldOneWhenItIsBroken() throws IOException {
        Path copy = copyDatapack();
        LiveContent live = live(new XmlDatapack(copy), DATA);
        live.doors().spawnAll(DATA.doors());
        int before = live.doors().count();
        Player gm = gm("Gm", 1000, 1000);
        Files.writeString(copy.resolve("doors").resolve("zz-extra.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <doors>
                  <door id="99000001" name="test_gate" x="1100" y="1000" z="-3000" outline="1090,990 1110,990 1110,1010 1090,1010" outline-z="-3000" height="100" hp="1000" p-def="10"/>
                </doors>
                """);
        f.clearSinks();
        admin.handle(gm, "reload datapack doors");
        assertEquals("Reading the datapack...", replies(f.sink(gm)).get(0));
        assertSame(DATA, live.current(), "nothing swapped before the world thread runs the swap");
        f.ticks(1);
        assertTrue(last(f.sink(gm)).startsWith("Datapack reloaded; doors: " + (before + 1)), last(f.sink(gm)));
        assertEquals(before + 1, live.doors().count());
        WorldData reloaded = live.current();
        assertEquals(before + 1, reloaded.doors().size());
        Door extra = live.doors().byDoorId(99000001);
        assertTrue(gm.knows(extra), "the new door is shown to who stands by it");
        assertEquals(1, f.sink(gm).countAbout(0x4C, extra.objectId()));

        Files.writeString(copy.resolve("spawns").resolve("zz-broken.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <spawns tile="16_10">
                  <spawn npc="1999999" x="0" y="0" z="0"/>
                </spawns>
                """);
        f.clearSinks();
        admin.handle(gm, "reload datapack");
        f.ticks(1);
        List<String> r = replies(f.sink(gm));
        assertTrue(r.get(1).startsWith("Datapack reload refused (1 problem(s)); the old data stays."), r.toString());
        assertTrue(
                r.get(2).startsWith("spawns/zz-broken.xml:3: ") && r.get(2).contains("unknown NPC 1999999"), r.get(2));
        assertSame(reloaded, live.current(), "the old data stays");
        assertTrue(gm.knows(extra));
        assertEquals(0, f.sink(gm).count(0x12), "nothing left the world");

        admin.handle(gm, "reload datapack nonsense");
        assertTrue(last(f.sink(gm)).startsWith("No datapack part nonsense"), last(f.sink(gm)));
        gm.setAccessLevel(BuiltinAdminCommands.GM);
        admin.handle(gm, "reload datapack");
        assertEquals("You are not authorized to use this command.", last(f.sink(gm)));
    }

    @Test
    void reloadOfTheSpawnsReplacesTheSpawnTablesNpcsWithTheNewTables() throws IOException {
        Path copy = copyDatapack();
        LiveContent live = live(new XmlDatapack(copy), DATA);
        Path file = TestData.datapackDir().resolve("spawns/17_25.xml");
        spawner.spawnAll(
                new SpawnTable(List.of(new SpawnPoint(WOLF, X, Y, -3100, 0, 60, 10, null, file, 12)), List.of()));
        Player gm = gm("Gm", X + 100, Y);
        Npc old = (Npc)
                gm.known().stream().filter(o -> o instanceof Npc).findFirst().orElseThrow();
        Files.writeString(copy.resolve("spawns").resolve("zz-extra.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <spawns tile="17_25">
                  <spawn npc="%d" x="%d" y="%d" z="-3100" respawn-sec="30"/>
                </spawns>
                """.formatted(WOLF, X + 200, Y));
        f.clearSinks();
        admin.handle(gm, "reload datapack spawns");
        f.ticks(1);
        assertTrue(last(f.sink(gm)).startsWith("Datapack reloaded; NPCs respawned: "), last(f.sink(gm)));
        assertNull(f.world.object(old.objectId()), "the old table's NPC is gone");
        assertEquals(1, f.sink(gm).countAbout(0x12, old.objectId()), "DeleteObject");
        Npc extra = (Npc) gm.known().stream()
                .filter(o -> o instanceof Npc n && n.x() == X + 200 && n.y() == Y)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the new spawn is in the world"));
        assertEquals(1, f.sink(gm).countAbout(0x16, extra.objectId()), "NpcInfo of the new spawn");
        assertTrue(spawner.living() > 30_000, "the whole new table is spawned: " + spawner.living());
        admin.handle(gm, "reload datapack teleports");
        f.ticks(1);
        assertTrue(last(f.sink(gm)).contains("teleports is checked and kept for new lookups"), last(f.sink(gm)));
        assertSame(extra, f.world.object(extra.objectId()), "another part leaves the NPCs alone");
    }

    /** A system that took a part at start (the gatekeepers' routes here) gets the new one on its reload. */
    @Test
    void reloadOfAPartHandsTheNewDataToTheSystemsThatHoldIt() throws IOException {
        Path copy = copyDatapack();
        LiveContent live = live(new XmlDatapack(copy), DATA);
        List<org.aden.game.teleport.Destinations> taken = new java.util.ArrayList<>();
        live.onSwap(org.aden.game.content.DatapackPart.TELEPORTS, d -> taken.add(d.teleports()));
        Path file = copy.resolve("teleports/teleports.xml");
        Files.writeString(
                file,
                Files.readString(file)
                        .replace(
                                "x=\"-12787\" y=\"122779\" z=\"-3112\" price=\"10000\"",
                                "x=\"-12787\" y=\"122779\" z=\"-3112\" price=\"12345\""));
        Player gm = gm("Gm", X, Y);
        admin.handle(gm, "reload datapack spawns");
        f.ticks(1);
        assertTrue(taken.isEmpty(), "another part's reload leaves the routes alone");
        admin.handle(gm, "reload datapack teleports");
        f.ticks(1);
        assertTrue(last(f.sink(gm)).contains("teleports in use"), last(f.sink(gm)));
        assertEquals(1, taken.size());
        assertEquals(12345, taken.get(0).get(1).price(), "the edited price");
        assertEquals(10000, DATA.teleports().get(1).price(), "the data of the start is untouched");
        admin.handle(gm, "reload datapack");
        f.ticks(1);
        assertEquals(2, taken.size(), "a whole reload hands it over too");
    }

    private Path copyDatapack() throws IOException {
        Path from = TestData.datapackDir();
        Path to = temp.resolve("datapack");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    @Test
    void spawnNeedsAnNpcAndAReasonableCount() {
        live(new XmlDatapack(TestData.datapackDir()), DATA);
        Player gm = gm("Gm", X, Y);
        admin.handle(gm, "spawn");
        assertEquals("Usage: //spawn npcId|name [count]", last(f.sink(gm)));
        admin.handle(gm, "spawn " + WOLF + " 1000");
        assertEquals("Spawn 1 to 100 NPCs at a time.", last(f.sink(gm)));
        assertEquals(0, spawner.living());
        assertNotNull(gm);
    }
}
