package org.aden.game.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.aden.common.net.PacketReader;
import org.aden.game.actor.Appearance;
import org.aden.game.actor.Player;
import org.aden.game.actor.PlayerState;
import org.aden.game.admin.AdminCommands;
import org.aden.game.admin.AdminContext;
import org.aden.game.admin.BuiltinAdminCommands;
import org.aden.game.admin.ShutdownCountdown;
import org.aden.game.move.Teleports;
import org.aden.game.network.server.chat.CreatureSay;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.world.CharInfo;
import org.aden.game.network.server.world.DeleteObject;
import org.aden.game.network.server.world.TeleportToLocation;
import org.aden.game.network.server.world.UserInfo;
import org.aden.game.world.RecordingSink;
import org.aden.game.world.WorldFixture;
import org.aden.game.world.WorldSettings;
import org.aden.game.world.command.CommandCounts;
import org.junit.jupiter.api.Test;

class SessionsAndAdminTest {
    private final WorldFixture f =
            new WorldFixture(new WorldSettings(100, 4096, 3000, 3300, Duration.ofSeconds(10), Duration.ofMinutes(1)));
    private final List<PlayerState> saved = new ArrayList<>();
    private final PlayerSessions sessions = new PlayerSessions(
            f.world,
            s -> {
                saved.add(s);
                return CompletableFuture.completedFuture(null);
            },
            WorldFixture.PLAYERS);
    private final List<Boolean> stops = new ArrayList<>();
    private final ShutdownCountdown shutdown = new ShutdownCountdown(f.world, stops::add);
    private final AdminCommands admin = BuiltinAdminCommands.registerAll(new AdminCommands());

    {
        admin.setContext(new AdminContext(
                f.world, f.actions, new Teleports(f.world, f.actions), sessions, shutdown, new CommandCounts()));
    }

    private static EnterWorldData data(int id, String name, int x, int y, int access) {
        PlayerState s = new PlayerState(
                id,
                "acc_" + name,
                name,
                new Appearance(0, 0, 0, 0, 0, 0),
                0,
                1,
                0,
                0,
                x,
                y,
                -3000,
                0,
                -1,
                -1,
                -1,
                "",
                0,
                0,
                0,
                false,
                false,
                0xFFFFFF,
                0xECF9A2,
                0,
                0,
                access);
        return new EnterWorldData(s, List.of(), List.of(), List.of(), List.of());
    }

    private static String lastText(RecordingSink sink) {
        List<byte[]> msgs = sink.withOpcode(SystemMessage.OPCODE);
        byte[] b = msgs.get(msgs.size() - 1);
        PacketReader r = new PacketReader(b, 13, b.length - 13);
        return r.readS();
    }

    @Test
    void enterSendsTheBurstStartingWithUserInfoThenShowsTheNeighbours() {
        RecordingSink a = new RecordingSink();
        RecordingSink b = new RecordingSink();
        Player pa = sessions.enter(data(1, "Alice", 0, 0, 0), a);
        Player pb = sessions.enter(data(2, "Bob", 50, 0, 0), b);
        assertEquals(UserInfo.OPCODE, b.bodies.get(0)[0]);
        List<Integer> order = new ArrayList<>();
        for (byte[] body : b.bodies) {
            order.add(body[0] & 0xFF);
        }
        for (int op : new int[] {0x1B, 0x45, 0x58, 0x80, 0x0E, 0x64, 0x61, 0x25}) {
            assertTrue(order.contains(op), "burst contains 0x" + Integer.toHexString(op));
        }
        assertEquals(1, b.countAbout(CharInfo.OPCODE, pa.objectId()));
        assertEquals(1, a.countAbout(CharInfo.OPCODE, pb.objectId()));
        assertEquals(2, f.world.onlineCount());
    }

    @Test
    void droppedConnectionLingersThenLeavesWithDeleteObject() {
        RecordingSink a = new RecordingSink();
        RecordingSink b = new RecordingSink();
        Player pa = sessions.enter(data(1, "Alice", 0, 0, 0), a);
        sessions.enter(data(2, "Bob", 50, 0, 0), b);
        sessions.connectionLost(pa);
        f.ticks(50);
        assertTrue(pa.isSpawned(), "still in the world during the linger time");
        assertEquals(0, b.countAbout(DeleteObject.OPCODE, pa.objectId()));
        f.ticks(60);
        assertFalse(pa.isSpawned());
        assertEquals(1, b.countAbout(DeleteObject.OPCODE, pa.objectId()));
        assertEquals(1, saved.size());
    }

    @Test
    void reconnectDuringLingerTakesOverTheCharacter() {
        Player pa = sessions.enter(data(1, "Alice", 0, 0, 0), new RecordingSink());
        f.actions.moveTo(pa, 500, 0, -3000);
        f.ticks(20);
        sessions.connectionLost(pa);
        RecordingSink again = new RecordingSink();
        Player back = sessions.enter(data(1, "Alice", 0, 0, 0), again);
        assertSame(pa, back);
        assertTrue(back.x() > 200, "kept its in-world position, not the stale stored one");
        f.ticks(200);
        assertTrue(back.isSpawned(), "the old linger timer does not remove it");
    }

    @Test
    void autosaveWritesEveryPlayerPeriodically() {
        sessions.enter(data(1, "Alice", 0, 0, 0), new RecordingSink());
        sessions.enter(data(2, "Bob", 0, 0, 0), new RecordingSink());
        sessions.startAutosave();
        f.ticks(601);
        assertEquals(2, saved.size());
        assertEquals(1, saved.get(0).objectId());
    }

    @Test
    void adminCommandsNeedTheAccessLevel() {
        RecordingSink s = new RecordingSink();
        Player player = sessions.enter(data(1, "Alice", 0, 0, 0), s);
        admin.handle(player, "teleport 1000 1000 -3000");
        assertEquals(0, player.x());
        assertTrue(lastText(s).contains("not authorized"));
        Player gm = sessions.enter(data(2, "Gm", 0, 0, BuiltinAdminCommands.GM), new RecordingSink());
        admin.handle(gm, "shutdown 10");
        assertFalse(shutdown.isActive(), "shutdown needs administrator level");
    }

    @Test
    void teleportRecallKickAndAnnounce() {
        RecordingSink gs = new RecordingSink();
        Player gm = sessions.enter(data(1, "Gm", 0, 0, BuiltinAdminCommands.ADMIN), gs);
        RecordingSink ws = new RecordingSink();
        Player watcher = sessions.enter(data(2, "Watcher", 100, 0, 0), ws);
        RecordingSink fs = new RecordingSink();
        Player far = sessions.enter(data(3, "Faraway", 50000, 50000, 0), fs);
        admin.handle(gm, "teleport 20000 20000 -3000");
        assertEquals(20000, gm.x());
        assertEquals(1, gs.countAbout(TeleportToLocation.OPCODE, gm.objectId()));
        assertEquals(1, ws.countAbout(DeleteObject.OPCODE, gm.objectId()));
        admin.handle(gm, "recall faraway");
        assertEquals(20000, far.x());
        assertTrue(gm.knows(far));
        admin.handle(gm, "loc");
        assertTrue(lastText(gs).contains("20000 20000"));
        admin.handle(gm, "announce hello all");
        assertEquals(1, ws.count(CreatureSay.OPCODE));
        admin.handle(gm, "kick Watcher");
        assertNull(f.world.player("Watcher"));
        assertTrue(ws.closed);
        assertFalse(watcher.isSpawned());
    }

    @Test
    void shutdownCountsDownAndCanBeAborted() {
        RecordingSink s = new RecordingSink();
        Player gm = sessions.enter(data(1, "Gm", 0, 0, BuiltinAdminCommands.ADMIN), s);
        admin.handle(gm, "restart 5");
        f.ticks(25);
        admin.handle(gm, "abort");
        f.ticks(100);
        assertTrue(stops.isEmpty());
        admin.handle(gm, "shutdown 3");
        f.ticks(40);
        assertEquals(List.of(false), stops);
        assertTrue(s.count(SystemMessage.OPCODE) >= 3, "countdown announced");
    }
}
