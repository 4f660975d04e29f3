package org.aden.game.move;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aden.game.actor.Player;
import org.aden.game.network.server.move.ChangeMoveType;
import org.aden.game.network.server.move.MoveToLocation;
import org.aden.game.network.server.move.StopMove;
import org.aden.game.network.server.move.ValidateLocation;
import org.aden.game.world.WorldFixture;
import org.junit.jupiter.api.Test;

class MovementTest {
    private final WorldFixture f = new WorldFixture();

    @Test
    void positionAdvancesAtRunSpeedEachTick() {
        Player p = f.player("Runner", 0, 0);
        assertEquals(115, p.moveSpeed()); // Human Fighter run speed
        f.actions.moveTo(p, 1150, 0, -3000);
        assertTrue(p.isMoving());
        f.ticks(5); // 500 ms at 115/s
        assertEquals(57, p.x(), 1);
        assertEquals(0, p.y());
        f.ticks(100);
        assertEquals(1150, p.x());
        assertFalse(p.isMoving());
    }

    @Test
    void walkingIsSlowerAndToggleIsBroadcast() {
        Player p = f.player("Walker", 0, 0);
        Player watcher = f.player("Watcher", 100, 0);
        f.clearSinks();
        f.actions.setRunning(p, false);
        assertEquals(1, f.sink(watcher).countAbout(ChangeMoveType.OPCODE, p.objectId()));
        assertEquals(1, f.sink(p).countAbout(ChangeMoveType.OPCODE, p.objectId()));
        f.actions.moveTo(p, 0, 800, -3000);
        f.ticks(10);
        assertEquals(80, p.y(), 1);
    }

    @Test
    void moveIsSentToMoverAndViewersOnly() {
        Player mover = f.player("Mover", 0, 0);
        Player near = f.player("Near", 500, 0);
        Player far = f.player("Far", 20000, 0);
        f.clearSinks();
        f.actions.moveTo(mover, 300, 300, -3000);
        assertEquals(1, f.sink(mover).countAbout(MoveToLocation.OPCODE, mover.objectId()));
        assertEquals(1, f.sink(near).countAbout(MoveToLocation.OPCODE, mover.objectId()));
        assertEquals(0, f.sink(far).count(MoveToLocation.OPCODE));
        // encoded once: both recipients got the very same array
        assertTrue(f.sink(mover).withOpcode(MoveToLocation.OPCODE).get(0)
                == f.sink(near).withOpcode(MoveToLocation.OPCODE).get(0));
    }

    @Test
    void zIsClampedWithoutGeodata() {
        Player p = f.player("Climber", 0, 0);
        f.actions.moveTo(p, 100, 0, 50000);
        assertTrue(p.moveOrder().destZ() <= -3000 + 100 + 64);
    }

    @Test
    void validatePositionCorrectsLargeGapsOnly() {
        Player p = f.player("Cheater", 0, 0);
        f.clearSinks();
        f.actions.validatePosition(p, 50, 0, -2990, 0);
        assertEquals(0, f.sink(p).count(ValidateLocation.OPCODE));
        assertEquals(-3000, p.z(), "a report never moves us: the server's position wins");
        f.actions.validatePosition(p, 2000, 0, -3000, 0);
        assertEquals(1, f.sink(p).countAbout(ValidateLocation.OPCODE, p.objectId()));
        assertEquals(0, p.x());
    }

    @Test
    void standingReportsCannotLiftACharacter() {
        // issue 13 repro: twenty reports, each 900 higher than the last, lifted a character 18,000 units
        Player p = f.player("Climber", 100, 100);
        f.clearSinks();
        for (int i = 1; i <= 20; i++) {
            f.actions.validatePosition(p, 100, 100, -3000 + i * 900, 0);
        }
        assertEquals(-3000, p.z(), "Z unchanged");
        assertEquals(20, f.sink(p).countAbout(ValidateLocation.OPCODE, p.objectId()), "each report corrected");
        f.clearSinks();
        for (int i = 1; i <= 50; i++) {
            f.actions.validatePosition(p, 100, 100, -3000 + 100, 0); // small lies within the slack, many times
        }
        assertEquals(-3000, p.z(), "small lies do not add up");
        assertEquals(0, f.sink(p).count(ValidateLocation.OPCODE), "within the slack: not corrected either");
        f.actions.validatePosition(p, 200, 100, -3000, 0);
        assertEquals(100, p.x(), "x/y stay ours while standing");
    }

    @Test
    void validatePositionAllowsWhatTheSpeedCovered() {
        Player p = f.player("Honest", 0, 0);
        f.actions.moveTo(p, 5000, 0, -3000);
        f.ticks(20); // 2 s → 230 units
        f.clearSinks();
        f.actions.validatePosition(p, 200, 0, -3000, 0);
        assertEquals(0, f.sink(p).count(ValidateLocation.OPCODE));
    }

    @Test
    void cannotMoveAnymoreStopsAndBroadcasts() {
        Player p = f.player("Blocked", 0, 0);
        Player watcher = f.player("Watcher", 100, 100);
        f.actions.moveTo(p, 1000, 0, -3000);
        f.ticks(10);
        f.clearSinks();
        f.actions.blocked(p, 0);
        assertFalse(p.isMoving());
        assertEquals(1, f.sink(watcher).countAbout(StopMove.OPCODE, p.objectId()));
        f.ticks(10);
        assertEquals(115, p.x(), 1);
    }
}
