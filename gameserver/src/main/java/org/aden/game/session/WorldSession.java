package org.aden.game.session;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.aden.game.actor.Player;
import org.aden.game.auth.AccountAccess;
import org.aden.game.character.CharacterSnapshot;
import org.aden.game.lobby.WorldGateway;
import org.aden.game.network.GameClient;
import org.aden.game.network.server.system.LeaveWorld;
import org.aden.game.world.ClientSink;
import org.aden.game.world.Outbound;
import org.aden.game.world.World;
import org.aden.game.world.WorldLoop;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A connection's way into and out of the world: EnterWorld places the loaded character, Logout and
 * RequestRestart remove and save it, a dropped connection leaves it lingering, and the shutdown saves everyone.
 */
public final class WorldSession implements WorldGateway {
    private static final Logger LOG = LogManager.getLogger(WorldSession.class);

    /** What RequestRestart needs from the lobby: back to the character list (blocking; runs off the world thread). */
    @FunctionalInterface
    public interface ReturnToLobby {
        void returnToCharacterSelection(GameClient client);
    }

    private final World world;
    private final WorldLoop loop;
    private final PlayerSessions sessions;
    private final Outbound out;
    private final ReturnToLobby lobby;
    private volatile boolean stopping;
    /** How long RequestRestart waits for the save before the character list is read anyway. */
    static final Duration RESTART_SAVE_WAIT = Duration.ofSeconds(5);

    public WorldSession(World world, WorldLoop loop, PlayerSessions sessions, Outbound out, ReturnToLobby lobby) {
        this.world = world;
        this.loop = loop;
        this.sessions = sessions;
        this.out = out;
        this.lobby = lobby;
    }

    @Override
    public void enterWorld(GameClient client, CharacterSnapshot character) {
        var data = LoadedCharacters.toWorld(character);
        ClientSink sink = new ClientSink(client, out);
        world.submit(() -> {
            if (!client.isConnected()) {
                return;
            }
            Player p = sessions.enter(data, sink);
            AccountAccess account = client.attachment(AccountAccess.class);
            p.setAccountAccessLevel(
                    account == null ? 0 : account.level()); // inherited unless the character has its own
            client.attach(Player.class, p);
        });
    }

    /**
     * The server is stopping: the port closes next and drops every connection, but the characters are saved and
     * removed by {@link #shutdown()}, so they must not linger (nor be logged as lost connections).
     */
    public void beginShutdown() {
        stopping = true;
    }

    @Override
    public void disconnected(GameClient client) {
        world.submit(() -> {
            Player p = client.attachment(Player.class);
            if (p != null && !stopping && p.sink() instanceof ClientSink s && s.client() == client) {
                sessions.connectionLost(p);
            }
            client.attach(Player.class, null);
        });
    }

    /**
     * Removes everyone (their snapshots go to the save queue), then stops the world thread. The caller then closes
     * the save queue, which writes them or keeps them in the journal; nothing here waits on the database.
     */
    @Override
    public void shutdown() {
        if (!loop.isRunning()) {
            return;
        }
        CompletableFuture<List<CompletableFuture<Void>>> removed = new CompletableFuture<>();
        world.submit(() -> removed.complete(sessions.removeAll()));
        try {
            List<CompletableFuture<Void>> saves = removed.get(10, TimeUnit.SECONDS);
            LOG.info(
                    "World stopped: {} players removed and queued for saving; {}",
                    saves.size(),
                    world.tickStats().summary());
        } catch (Exception e) {
            LOG.error("Removing players at shutdown did not complete: {}", e.toString());
        }
        loop.stop();
        out.stop();
    }

    /** Logout: save, remove, LeaveWorld, close (after the packets still queued for this connection). */
    void logout(GameClient client) {
        world.submit(() -> {
            Player p = client.attachment(Player.class);
            client.attach(Player.class, null);
            if (p != null) {
                sessions.leave(p);
            }
            out.enqueue(() -> client.sendAndClose(new LeaveWorld()));
        });
    }

    /** RequestRestart: save and remove, then the character list once the save is written. */
    void restart(GameClient client) {
        world.submit(() -> {
            Player p = client.attachment(Player.class);
            client.attach(Player.class, null);
            CompletableFuture<Void> saved = p != null ? sessions.leave(p) : CompletableFuture.completedFuture(null);
            // the character list is read from the database: show it once the save is written
            // after the packets still queued for this connection
            // (not longer than RESTART_SAVE_WAIT: while the database is down the lobby refuses at once instead)
            saved.copy()
                    .completeOnTimeout(null, RESTART_SAVE_WAIT.toMillis(), TimeUnit.MILLISECONDS)
                    .whenComplete((v, e) ->
                            out.enqueue(() -> client.execute(() -> lobby.returnToCharacterSelection(client))));
        });
    }

    /** Waits until every command queued so far has run (tests). */
    public boolean sync(Duration timeout) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        world.submit(done::countDown);
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
