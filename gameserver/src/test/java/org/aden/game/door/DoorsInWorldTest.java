package org.aden.game.door;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.aden.common.net.PacketReader;
import org.aden.game.TestData;
import org.aden.game.actor.Player;
import org.aden.game.content.WorldData;
import org.aden.game.staticobject.StaticObjectTemplate;
import org.aden.game.staticobject.StaticObjects;
import org.aden.game.world.RecordingSink;
import org.aden.game.world.WorldFixture;
import org.junit.jupiter.api.Test;

/** The datapack's doors and static objects in a world on a fake clock, seen by recorded players. */
class DoorsInWorldTest {
    static final WorldData DATA = TestData.world();
    final WorldFixture f = new WorldFixture();
    final AtomicInteger ids = new AtomicInteger(0x30000000);
    final Doors doors = new Doors(f.world, ids::incrementAndGet);
    final StaticObjects statics = new StaticObjects(f.world, ids::incrementAndGet);

    private static int d(byte[] b, int offset) {
        return new PacketReader(b, offset, 4).readD();
    }

    @Test
    void theDatapackHoldsEveryDoorAndStaticObject() {
        assertEquals(593, DATA.doors().size());
        assertEquals(29, DATA.staticObjects().size());
        DoorTemplate gate = DATA.doors().get(17100001).orElseThrow();
        assertEquals("Olympiad_Gate_01", gate.name());
        assertEquals(-89120, gate.x());
        assertEquals(3258432, gate.maxHp());
        assertFalse(gate.targetable());
        assertFalse(gate.openAtStart());
        StaticObjectTemplate map = DATA.staticObjects().get(17250001).orElseThrow();
        assertEquals("town_map_talking_t00", map.texture());
        assertEquals(365, map.mapX());
        assertTrue(DATA.summary().contains("doors 593"), DATA.summary());
        assertTrue(DATA.summary().contains("static-objects 29"), DATA.summary());
    }

    @Test
    void aPlayerComingNearADoorGetsDoorInfoThenItsStatusAndDeleteObjectWhenLeaving() {
        assertEquals(593, doors.spawnAll(DATA.doors()));
        Door gate = doors.byDoorId(17100001);
        Player p = f.player("Watcher", -89120 + 200, -252843);
        RecordingSink s = f.sink(p);
        assertTrue(p.knows(gate));
        List<byte[]> about = s.bodies.stream()
                .filter(b -> ((b[0] & 0xFF) == 0x4C || (b[0] & 0xFF) == 0x4D) && d(b, 1) == gate.objectId())
                .toList();
        assertEquals(2, about.size(), "one DoorInfo, one DoorStatusUpdate");
        assertEquals(0x4C, about.get(0)[0] & 0xFF, "DoorInfo first");
        assertEquals(17100001, d(about.get(0), 5));
        assertEquals(1, d(about.get(0), 17), "closed");
        assertEquals(0x4D, about.get(1)[0] & 0xFF);
        assertEquals(1, d(about.get(1), 5), "closed");
        assertEquals(17100001, d(about.get(1), 17));
        assertEquals(0, s.countAbout(0x99, gate.objectId()), "no StaticObject for a door");

        s.clear();
        f.world.relocate(p, 0, 0, -3000);
        assertFalse(p.knows(gate));
        assertEquals(1, s.countAbout(0x12, gate.objectId()), "DeleteObject on leaving");
    }

    @Test
    void openingADoorTellsEveryoneWhoSeesIt() {
        doors.spawnAll(DATA.doors());
        Door gate = doors.byDoorId(17100001);
        Player near = f.player("Near", -89120 + 100, -252843);
        Player far = f.player("Far", 0, 0);
        f.clearSinks();
        assertTrue(doors.setOpen(gate, true));
        assertTrue(gate.isOpen());
        List<byte[]> told = f.sink(near).withOpcode(0x4D);
        assertEquals(1, told.size());
        assertEquals(0, d(told.get(0), 5), "0 = open");
        assertEquals(0, f.sink(far).count(0x4D));
        assertFalse(doors.setOpen(gate, true), "already open: nothing sent");
        assertEquals(1, f.sink(near).count(0x4D));
        assertTrue(doors.setOpen(gate, false));
        assertEquals(1, d(f.sink(near).withOpcode(0x4D).get(1), 5));
        // who comes later sees it as it is now
        doors.setOpen(gate, true);
        Player late = f.player("Late", -89120 - 100, -252843);
        byte[] info = f.sink(late).withOpcode(0x4C).get(0);
        assertEquals(0, d(info, 17), "open");
    }

    @Test
    void aTownMapIsShownWithStaticObjectAndCanBeTargeted() {
        statics.spawnAll(DATA.staticObjects());
        Player p = f.player("Reader", -82873 + 300, 244808);
        List<byte[]> maps = f.sink(p).withOpcode(0x99).stream()
                .filter(b -> d(b, 1) == 17250001)
                .toList();
        assertEquals(1, maps.size());
        assertEquals(9, maps.get(0).length);
        int objectId = d(maps.get(0), 5);
        f.clearSinks();
        f.actions.action(p, objectId);
        assertEquals(objectId, p.target().objectId());
        assertEquals(1, f.sink(p).countAbout(0xA6, objectId), "MyTargetSelected");
        statics.despawnAll();
        assertEquals(1, f.sink(p).countAbout(0x12, objectId));
    }

    @Test
    void aDoorThatIsNotTargetableIsSelectedOnlyByAGm() {
        doors.spawnAll(DATA.doors());
        Door gate = doors.byDoorId(17100001); // targetable="false"
        Player p = f.player("Player", -89120 + 100, -252843);
        f.actions.action(p, gate.objectId());
        assertEquals(null, p.target());
        p.setAccessLevel(1);
        f.actions.action(p, gate.objectId());
        assertEquals(gate, p.target());
    }
}
