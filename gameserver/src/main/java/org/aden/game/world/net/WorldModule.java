package org.aden.game.world.net;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.aden.game.character.CharacterSnapshot;
import org.aden.game.lobby.WorldGateway;
import org.aden.game.network.GameClient;
import org.aden.game.network.OpcodeTables;
import org.aden.game.world.Clock;
import org.aden.game.world.Player;
import org.aden.game.world.PlayerActions;
import org.aden.game.world.PlayerSessions;
import org.aden.game.world.PlayerStore;
import org.aden.game.world.ServerControl;
import org.aden.game.world.ShutdownCountdown;
import org.aden.game.world.Teleports;
import org.aden.game.world.World;
import org.aden.game.world.WorldConfig;
import org.aden.game.world.WorldLoop;
import org.aden.game.world.admin.AdminCommands;
import org.aden.game.world.admin.AdminContext;
import org.aden.game.world.admin.BuiltinAdminCommands;
import org.aden.game.world.chat.ChatService;
import org.aden.game.world.persist.LoadedCharacters;
import org.aden.game.world.stat.CharacterTemplates;
import org.aden.game.world.stat.ItemCatalog;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The world as the rest of the game server sees it: built by the composition root, it owns the world
 * thread and turns connection events and IN_GAME packets into commands on the world's queue.
 */
public final class WorldModule implements WorldGateway {
    private static final Logger LOG = LogManager.getLogger(WorldModule.class);

    private final World world;
    private volatile boolean stopping;
    private final WorldLoop loop;
    private final PlayerActions actions;
    private final PlayerSessions sessions;
    private final ChatService chat;
    private final Teleports teleports;
    private final AdminCommands admin;
    private final LoadedCharacters loaded;
    private final ReturnToLobby lobby;
    private final WorldStats stats;
    private final Outbound out = new Outbound();

    /** What RequestRestart needs from the lobby: back to the character list (blocking; runs off the world thread). */
    @FunctionalInterface
    public interface ReturnToLobby {
        void returnToCharacterSelection(GameClient client);
    }

    public WorldModule(
            WorldConfig config,
            CharacterTemplates templates,
            ItemCatalog items,
            PlayerStore store,
            ReturnToLobby lobby,
            ServerControl control,
            IntConsumer onlineCount) {
        this.world = new World(config.world(), Clock.SYSTEM);
        this.loop = new WorldLoop(world);
        this.actions = new PlayerActions(world);
        this.sessions = new PlayerSessions(world, store, templates);
        this.teleports = new Teleports(world, actions);
        this.admin = BuiltinAdminCommands.registerAll(new AdminCommands());
        org.aden.game.world.admin.ScriptedAdminCommands.load(config.adminScripts())
                .forEach(admin::register);
        this.admin.setContext(
                new AdminContext(world, actions, teleports, sessions, new ShutdownCountdown(world, control)));
        this.chat = new ChatService(world, config.chat(), admin::handle);
        this.loaded = new LoadedCharacters(items);
        this.lobby = lobby;
        world.setOnlineCountListener(onlineCount);
        this.stats = new WorldStats(world, () -> out.lag());
    }

    public void start() {
        out.start();
        loop.start();
        world.submit(sessions::startAutosave);
        world.submit(
                new Runnable() { // once per tick, after that tick's commands: sample the outbound lag
                    @Override
                    public void run() {
                        out.probe();
                        world.schedule(world.settings().tickMillis(), this);
                    }
                });
        stats.register();
    }

    public World world() {
        return world;
    }

    /** How long packets wait on the world-out thread before being written (microseconds, sampled per tick). */
    public org.aden.game.world.TickStats outboundLag() {
        return out.lag();
    }

    @Override
    public void registerHandlers(OpcodeTables tables) {
        new InGamePackets(this).register(tables);
    }

    @Override
    public void enterWorld(GameClient client, CharacterSnapshot character) {
        var data = loaded.toWorld(character);
        ClientSink sink = new ClientSink(client, out);
        world.submit(() -> {
            if (!client.isConnected()) {
                return;
            }
            Player p = sessions.enter(data, sink);
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

    /** Saves and removes everyone, then stops the world thread. Blocks until the saves are written. */
    @Override
    public void shutdown() {
        if (!loop.isRunning()) {
            return;
        }
        CompletableFuture<List<CompletableFuture<Void>>> removed = new CompletableFuture<>();
        world.submit(() -> removed.complete(sessions.removeAll()));
        try {
            List<CompletableFuture<Void>> saves = removed.get(10, TimeUnit.SECONDS);
            CompletableFuture.allOf(saves.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            LOG.info(
                    "World stopped: {} players saved; {}",
                    saves.size(),
                    world.tickStats().summary());
        } catch (Exception e) {
            LOG.error("Saving players at shutdown did not complete: {}", e.toString());
        }
        loop.stop();
        out.stop();
        stats.unregister();
    }

    // ---- for the packet handlers (any thread → world thread)

    /** Runs the action on the world thread with the connection's player, if it has one in the world. */
    void withPlayer(GameClient client, java.util.function.Consumer<Player> action) {
        world.submit(() -> {
            Player p = client.attachment(Player.class);
            if (p != null && p.isSpawned()) {
                action.accept(p);
            }
        });
    }

    void logout(GameClient client) {
        world.submit(() -> {
            Player p = client.attachment(Player.class);
            client.attach(Player.class, null);
            if (p != null) {
                sessions.leave(p);
            }
            out.enqueue(() -> client.sendAndClose(new org.aden.game.network.server.LeaveWorld()));
        });
    }

    void restart(GameClient client) {
        world.submit(() -> {
            Player p = client.attachment(Player.class);
            client.attach(Player.class, null);
            CompletableFuture<Void> saved = p != null ? sessions.leave(p) : CompletableFuture.completedFuture(null);
            // the character list is read from the database: show it once the save is written
            // after the packets still queued for this connection
            saved.whenComplete(
                    (v, e) -> out.enqueue(() -> client.execute(() -> lobby.returnToCharacterSelection(client))));
        });
    }

    PlayerActions actions() {
        return actions;
    }

    ChatService chat() {
        return chat;
    }

    AdminCommands admin() {
        return admin;
    }

    Teleports teleports() {
        return teleports;
    }

    /** Waits until every command queued so far has run (tests). */
    public boolean sync(Duration timeout) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        world.submit(done::countDown);
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
