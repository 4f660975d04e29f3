package org.aden.game;

import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.aden.common.db.Database;
import org.aden.common.link.GameServerStatus;
import org.aden.common.link.LoginLinkClient;
import org.aden.game.auth.AccountSessions;
import org.aden.game.auth.LinkLoginGateway;
import org.aden.game.character.CharacterMapper;
import org.aden.game.character.CharacterRepository;
import org.aden.game.character.template.CharacterTemplateLoader;
import org.aden.game.character.template.CharacterTemplates;
import org.aden.game.datapack.XmlDatapack;
import org.aden.game.idfactory.HighWaterMarkIdFactory;
import org.aden.game.item.ItemMapper;
import org.aden.game.lobby.Handshake;
import org.aden.game.lobby.Lobby;
import org.aden.game.lobby.LobbyPackets;
import org.aden.game.lobby.WorldGateway;
import org.aden.game.network.GameNetwork;
import org.aden.game.network.NetworkStats;
import org.aden.game.network.OpcodeTables;
import org.aden.game.skill.SkillMapper;
import org.aden.game.world.net.WorldModule;
import org.aden.game.world.persist.DbPlayerStore;
import org.aden.game.world.persist.LoadedCharacters;
import org.aden.game.world.persist.PlayerStateMapper;
import org.aden.game.world.stat.ItemCatalog;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The game server's composition root: datapack, persistence, lobby, world, the game port and the link to the
 * login server are built and wired here, and nowhere else.
 */
public final class GameServer implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(GameServer.class);

    /** The MyBatis mappers of aden_game (Database.open registers them). */
    public static final List<Class<?>> MAPPERS =
            List.of(CharacterMapper.class, ItemMapper.class, SkillMapper.class, PlayerStateMapper.class);

    private final GameConfig config;
    private final Database db;
    private WorldGateway world;
    private WorldModule worldModule;
    private volatile java.util.function.Consumer<Boolean> stopHandler = this::stopProcess;
    private final InstantSource clock;
    private final NetworkStats stats = new NetworkStats();
    private final AccountSessions sessions = new AccountSessions();
    private ExecutorService persistence;
    private GameNetwork network;
    private volatile LoginLinkClient link;
    private Lobby lobby;
    private String contentSummary = "not loaded";

    public GameServer(GameConfig config, Database db) {
        this(config, db, null, InstantSource.system());
    }

    /** @param world the world, or null to build the real world module at start */
    public GameServer(GameConfig config, Database db, WorldGateway world, InstantSource clock) {
        this.config = config;
        this.db = db;
        this.world = world;
        this.clock = clock;
    }

    /** Loads the datapack, opens the game port and starts linking to the login server. */
    public synchronized void start() {
        long t0 = System.nanoTime();
        CharacterTemplates templates = CharacterTemplateLoader.load(new XmlDatapack(config.datapack()));
        contentSummary = templates.size() + " character templates from " + config.datapack() + " in "
                + (System.nanoTime() - t0) / 1_000_000 + " ms";
        LOG.info("Datapack: {}", contentSummary);
        persistence = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("game-db-", 0).factory());
        CharacterRepository characters = new CharacterRepository(db);
        int purged = characters.purgeDeletionsDue(clock.millis());
        if (purged > 0) {
            LOG.info("Deleted {} character(s) whose deletion timer ran out", purged);
        }
        HighWaterMarkIdFactory ids = HighWaterMarkIdFactory.fromDatabase(db);

        lobby = new Lobby(config.lobby(), characters, templates, ids, clock, new SecureRandom());
        if (world == null) {
            worldModule = new WorldModule(
                    config.world(),
                    LoadedCharacters.templates(templates),
                    ItemCatalog.builtin(),
                    new DbPlayerStore(db.sqlSessionFactory(), persistence),
                    lobby::returnToCharacterSelection,
                    restart -> stopHandler.accept(restart),
                    this::reportOnline);
            world = worldModule;
        }
        Handshake handshake = new Handshake(config.lobby(), new LinkLoginGateway(() -> link), sessions, lobby, world);

        OpcodeTables tables = new OpcodeTables();
        LobbyPackets.register(tables, handshake, lobby, world);
        world.registerHandlers(tables);

        network = new GameNetwork(config.network(), tables, handshake, persistence, clock, stats);
        network.start();
        // built after binding: it advertises the port actually bound (tests and ad-hoc runs configure 0)
        link = new LoginLinkClient(
                LoginLinkClient.Settings.of(
                        config.loginHost(),
                        config.loginPort(),
                        config.lobby().serverId(),
                        config.loginSecret(),
                        config.publicHost(),
                        network.port()),
                GameServerStatus.up(config.maxPlayers()),
                sessions::kick);
        link.start();
        if (worldModule != null) {
            worldModule.start();
        }
        LOG.info(
                "Game server {} listening on {}:{}, encryption {}, login server link {}:{}",
                config.lobby().serverId(),
                config.network().host(),
                network.port(),
                config.lobby().encryption() ? "on" : "OFF",
                config.loginHost(),
                config.loginPort());
    }

    private void reportOnline(int online) {
        LoginLinkClient l = link;
        if (l != null) {
            l.updateStatus(l.status().withOnlinePlayers(online));
        }
    }

    /** Default end of a //shutdown or //restart countdown: close cleanly and exit (0, or 2 to ask for a restart). */
    private void stopProcess(boolean restart) {
        Thread.ofPlatform().name("game-stop").start(() -> {
            close();
            System.exit(restart ? 2 : 0);
        });
    }

    /** Replaces what happens when a shutdown countdown ends (the launcher or tests decide). */
    public void onStopRequested(java.util.function.Consumer<Boolean> handler) {
        this.stopHandler = handler;
    }

    /** The world module when this server built it (null with an injected gateway). */
    public WorldModule world() {
        return worldModule;
    }

    /** What the datapack gave, for the startup summary (e.g. "9 character templates from datapack in 80 ms"). */
    public String contentSummary() {
        return contentSummary;
    }

    /** The bound game port. */
    public int port() {
        return network.port();
    }

    public NetworkStats networkStats() {
        return stats;
    }

    /** The lobby, for the world module's RequestRestart ({@link Lobby#returnToCharacterSelection}). */
    public Lobby lobby() {
        return lobby;
    }

    /** The login link (tests wait on {@link LoginLinkClient#awaitConnected}). */
    public LoginLinkClient link() {
        return link;
    }

    /** Closes the port, lets the world save everyone, then stops the link and the persistence executor. */
    @Override
    public synchronized void close() {
        if (link != null) {
            // shown down at once (no new PlayOk), and the login server knows the link closing next is a stop
            link.updateStatus(link.status().withUp(false));
        }
        if (worldModule != null) {
            worldModule.beginShutdown();
        }
        if (network != null) {
            network.close();
        }
        if (world != null) {
            world.shutdown();
        }
        if (link != null) {
            link.close();
        }
        if (persistence != null) {
            persistence.shutdown();
            try {
                if (!persistence.awaitTermination(30, TimeUnit.SECONDS)) {
                    LOG.warn("database work still running after 30 s at shutdown");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        LOG.info("Game server {} stopped", config.lobby().serverId());
    }
}
