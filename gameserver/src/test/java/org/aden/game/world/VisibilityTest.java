package org.aden.game.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aden.game.actor.GroundItem;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.network.server.move.MoveToLocation;
import org.aden.game.network.server.world.CharInfo;
import org.aden.game.network.server.world.DeleteObject;
import org.aden.game.network.server.world.NpcInfo;
import org.aden.game.network.server.world.SpawnItem;
import org.junit.jupiter.api.Test;

class VisibilityTest {
    private final WorldFixture f = new WorldFixture();

    @Test
    void playersAtTheSameSpotSeeEachOther() {
        Player a = f.player("Alice", 1000, 1000);
        Player b = f.player("Bob", 1010, 1000);
        assertTrue(a.knows(b) && b.knows(a));
        assertEquals(1, f.sink(a).countAbout(CharInfo.OPCODE, b.objectId()));
        assertEquals(1, f.sink(b).countAbout(CharInfo.OPCODE, a.objectId()));
        assertEquals(0, f.sink(a).countAbout(CharInfo.OPCODE, a.objectId()), "never CharInfo of oneself");
    }

    @Test
    void walkingIntoAndOutOfRangeSendsInfoAndDeleteExactlyOnce() {
        Player a = f.player("Alice", 0, 0);
        Player b = f.player("Bob", 5000, 0); // beyond the 3000 view radius, in the neighbouring region
        Player c = f.player("Carol", 60000, 0);
        assertFalse(a.knows(b));
        f.clearSinks();
        f.actions.moveTo(b, 0, 0, -3000);
        f.ticks(200); // 5000 units at 115/s ≈ 43 s
        assertTrue(a.knows(b) && b.knows(a));
        assertEquals(1, f.sink(a).countAbout(CharInfo.OPCODE, b.objectId()));
        assertEquals(
                1, f.sink(a).countAbout(MoveToLocation.OPCODE, b.objectId()), "moving newcomer comes with its move");
        assertEquals(1, f.sink(b).countAbout(CharInfo.OPCODE, a.objectId()));
        f.ticks(300);
        f.clearSinks();
        f.actions.moveTo(b, 9000, 0, -3000);
        f.ticks(400);
        assertFalse(a.knows(b) || b.knows(a));
        assertEquals(1, f.sink(a).countAbout(DeleteObject.OPCODE, b.objectId()));
        assertEquals(1, f.sink(b).countAbout(DeleteObject.OPCODE, a.objectId()));
        assertEquals(0, f.sink(c).bodies.size(), "a far player hears nothing");
    }

    @Test
    void hysteresisAvoidsFlickerAtTheBorder() {
        Player a = f.player("Alice", 0, 0);
        Player b = f.player("Bob", 2990, 0);
        assertTrue(a.knows(b));
        f.clearSinks();
        f.world.relocate(b, 3200, 0, -3000); // beyond view, within forget
        assertTrue(a.knows(b));
        f.world.relocate(b, 2900, 0, -3000);
        assertEquals(0, f.sink(a).count(DeleteObject.OPCODE));
        assertEquals(0, f.sink(a).count(CharInfo.OPCODE));
    }

    @Test
    void despawnTellsEveryViewerOnce() {
        Player a = f.player("Alice", 0, 0);
        Player b = f.player("Bob", 100, 0);
        Player c = f.player("Carol", 200, 0);
        f.clearSinks();
        f.world.despawn(a);
        assertEquals(1, f.sink(b).countAbout(DeleteObject.OPCODE, a.objectId()));
        assertEquals(1, f.sink(c).countAbout(DeleteObject.OPCODE, a.objectId()));
        assertFalse(b.knows(a));
        assertTrue(a.seenBy().isEmpty() && a.known().isEmpty());
        assertEquals(2, f.world.onlineCount());
    }

    @Test
    void npcsAndGroundItemsAreShownToPlayersComingNear() {
        Npc npc = new Npc(5, 30001, false, 10, 500, 80, 40, 8, 20, 200, 0, -3000, 0);
        GroundItem item = new GroundItem(6, 57, 100, true, 0, 200, -3000);
        f.world.spawn(npc);
        f.world.spawn(item);
        Player a = f.player("Alice", 0, 0);
        assertEquals(1, f.sink(a).countAbout(NpcInfo.OPCODE, 5));
        assertEquals(1, f.sink(a).countAbout(SpawnItem.OPCODE, 6));
        f.world.despawn(item);
        assertEquals(1, f.sink(a).countAbout(DeleteObject.OPCODE, 6));
    }

    @Test
    void watchedHoldsExactlyTheNonPlayersSomeoneKnows() {
        Npc near = new Npc(5, 30001, false, 10, 500, 80, 40, 8, 20, 200, 0, -3000, 0);
        Npc far = new Npc(7, 30001, false, 10, 500, 80, 40, 8, 20, 40000, 0, -3000, 0);
        f.world.spawn(near);
        f.world.spawn(far);
        assertTrue(f.world.watched().isEmpty(), "nobody around");
        Player a = f.player("Alice", 0, 0);
        Player b = f.player("Bob", 10, 0);
        assertEquals(java.util.Set.of(near), java.util.Set.copyOf(f.world.watched()), "players are never watched");
        f.world.despawn(a);
        assertTrue(f.world.watched().contains(near), "Bob still sees it");
        f.world.relocate(b, 40000, 100, -3000);
        assertEquals(java.util.Set.of(far), java.util.Set.copyOf(f.world.watched()));
        f.world.despawn(far);
        assertTrue(f.world.watched().isEmpty(), "a despawned object is not watched");
        f.world.despawn(b);
        assertTrue(f.world.watched().isEmpty());
    }

    @Test
    void crossingRegionBordersKeepsKnownListsConsistent() {
        WorldFixture small = new WorldFixture(new WorldSettings(
                100, 1000, 800, 900, java.time.Duration.ofSeconds(1), java.time.Duration.ofMinutes(1)));
        Player a = small.player("Alice", 990, 500);
        Player b = small.player("Bob", 1010, 500); // other region, 20 units away
        assertTrue(a.knows(b) && b.knows(a));
        small.actions.moveTo(a, 2500, 500, -3000);
        small.ticks(200);
        assertFalse(a.knows(b));
        assertEquals(1, small.sink(b).countAbout(DeleteObject.OPCODE, a.objectId()));
        small.actions.moveTo(a, 1000, 600, -3000);
        small.ticks(200);
        assertTrue(a.knows(b) && b.knows(a));
        assertEquals(2, small.sink(b).countAbout(CharInfo.OPCODE, a.objectId()));
    }

    static WorldFixture capped(int maxKnownPlayers) {
        return new WorldFixture(new WorldSettings(
                100,
                4096,
                3000,
                3300,
                java.time.Duration.ofSeconds(1),
                java.time.Duration.ofMinutes(1),
                maxKnownPlayers));
    }

    @Test
    void inACrowdAPlayerKnowsTheNearestOnesUpToTheCap() {
        WorldFixture w = capped(3);
        Player me = w.player("Centre", 0, 0);
        Player p100 = w.player("Near", 100, 0);
        Player p500 = w.player("Middle", 500, 0);
        Player p900 = w.player("Far", 900, 0);
        Player p2000 = w.player("Farthest", 2000, 0); // arrives when me is full, and is farther than everyone
        assertTrue(me.knows(p100) && me.knows(p500) && me.knows(p900));
        assertFalse(me.knows(p2000), "the cap holds");
        assertTrue(p2000.knows(p900) && p2000.knows(p500) && p2000.knows(p100), "its own nearest three");
        assertFalse(p2000.knows(me));
        assertEquals(0, w.sink(me).countAbout(CharInfo.OPCODE, p2000.objectId()));

        // a player walking in nearer than the farthest known (by more than the margin) takes its place
        Player walker = w.player("Walker", 2500, 0);
        w.actions.moveTo(walker, 300, 0, -3000);
        w.ticks(300);
        assertTrue(me.knows(walker), "the nearer newcomer is seen");
        assertFalse(me.knows(p900), "the farthest was dropped for it");
        assertEquals(1, w.sink(me).countAbout(DeleteObject.OPCODE, p900.objectId()));
        assertEquals(3, me.known().stream().filter(o -> o instanceof Player).count());

        // moves of players the centre does not know are not sent to it
        w.clearSinks();
        w.actions.moveTo(p900, 950, 0, -3000);
        w.ticks(10);
        assertEquals(0, w.sink(me).countAbout(MoveToLocation.OPCODE, p900.objectId()));
        assertTrue(w.sink(p2000).countAbout(MoveToLocation.OPCODE, p900.objectId()) >= 1);
    }

    @Test
    void aNewcomerAboutAsFarAsTheFarthestDoesNotSwapWithIt() {
        WorldFixture w = capped(2);
        Player me = w.player("Centre", 0, 0);
        Player a = w.player("A", 400, 0);
        Player b = w.player("B", 1000, 0);
        Player c = w.player("C", 0, 1000 - (int) Visibility.CROWD_MARGIN / 2); // nearer than B, within the margin
        assertTrue(me.knows(a) && me.knows(b));
        assertFalse(me.knows(c));
        w.world.relocate(c, 0, 1000 - (int) Visibility.CROWD_MARGIN - 50, -3000); // clearly nearer now
        assertTrue(me.knows(c));
        assertFalse(me.knows(b));
    }

    @Test
    void leavingACrowdForgetsBothWays() {
        WorldFixture w = capped(1);
        Player me = w.player("Centre", 0, 0);
        Player a = w.player("A", 100, 0);
        Player b = w.player("B", -1500, 0); // its nearest is the centre; the centre is full with A
        assertTrue(b.knows(me) && !me.knows(b));
        assertTrue(me.seenBy().contains(b));
        w.world.relocate(b, -9000, 0, -3000);
        assertFalse(b.knows(me));
        assertFalse(me.seenBy().contains(b), "b no longer counts as a viewer of the centre");
        w.world.despawn(a);
        w.world.relocate(b, -1500, 0, -3000);
        assertTrue(me.knows(b), "a free place is filled again");
    }
}
