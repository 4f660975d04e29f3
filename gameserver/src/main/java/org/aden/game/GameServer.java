package org.aden.game;

import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.aden.common.db.Database;
import org.aden.common.link.GameServerStatus;
import org.aden.common.link.LoginLinkClient;
import org.aden.common.metrics.MetricsServer;
import org.aden.game.action.ActionHandlers;
import org.aden.game.actor.GroundItem;
import org.aden.game.admin.AdminCommands;
import org.aden.game.admin.AdminContext;
import org.aden.game.admin.AdminHandlers;
import org.aden.game.admin.BanCommands;
import org.aden.game.admin.BuiltinAdminCommands;
import org.aden.game.admin.ShutdownCountdown;
import org.aden.game.admin.WorldAdminCommands;
import org.aden.game.ai.MonsterSkills;
import org.aden.game.auth.AccountSessions;
import org.aden.game.auth.AuthHandlers;
import org.aden.game.auth.Handshake;
import org.aden.game.auth.LinkLoginGateway;
import org.aden.game.cast.Abnormals;
import org.aden.game.cast.CastHandlers;
import org.aden.game.cast.Casting;
import org.aden.game.cast.ItemSkills;
import org.aden.game.cast.SkillEffects;
import org.aden.game.character.CharacterMapper;
import org.aden.game.character.CharacterRepository;
import org.aden.game.character.DbPlayerStore;
import org.aden.game.character.PendingSaves;
import org.aden.game.character.SaveJournal;
import org.aden.game.character.template.CharacterTemplates;
import org.aden.game.chat.ChatHandlers;
import org.aden.game.chat.ChatService;
import org.aden.game.classchange.ClassChanging;
import org.aden.game.combat.Combat;
import org.aden.game.combat.CombatHandlers;
import org.aden.game.combat.Deaths;
import org.aden.game.combat.Pvp;
import org.aden.game.console.WebConsole;
import org.aden.game.content.DatapackPart;
import org.aden.game.content.WorldData;
import org.aden.game.content.WorldDataLoader;
import org.aden.game.datapack.XmlDatapack;
import org.aden.game.dialog.DialogHandlers;
import org.aden.game.dialog.NpcTalk;
import org.aden.game.dialog.ScriptEvents;
import org.aden.game.dialog.ScriptTimers;
import org.aden.game.dialog.TalkServices;
import org.aden.game.door.Doors;
import org.aden.game.equip.EquipHandlers;
import org.aden.game.equip.Equipment;
import org.aden.game.idfactory.HighWaterMarkIdFactory;
import org.aden.game.item.DbItemStore;
import org.aden.game.item.ItemCatalog;
import org.aden.game.item.ItemHandlers;
import org.aden.game.item.ItemLedger;
import org.aden.game.item.ItemMapper;
import org.aden.game.learn.DirectSkillWrites;
import org.aden.game.learn.LearnHandlers;
import org.aden.game.learn.SkillLearning;
import org.aden.game.lobby.Lobby;
import org.aden.game.lobby.LobbyPackets;
import org.aden.game.loot.GroundLoot;
import org.aden.game.loot.KarmaDrops;
import org.aden.game.loot.LootHandlers;
import org.aden.game.loot.Sweeping;
import org.aden.game.manor.ManorHandlers;
import org.aden.game.metrics.GameMetrics;
import org.aden.game.move.MoveHandlers;
import org.aden.game.move.PlayerActions;
import org.aden.game.move.Teleports;
import org.aden.game.network.GameNetwork;
import org.aden.game.network.NetworkStats;
import org.aden.game.network.OpcodeTables;
import org.aden.game.npc.NpcTemplates;
import org.aden.game.party.Parties;
import org.aden.game.party.PartyHandlers;
import org.aden.game.presence.Presences;
import org.aden.game.quest.DbQuestStore;
import org.aden.game.quest.MonsterSpawns;
import org.aden.game.quest.QuestHandlers;
import org.aden.game.quest.QuestMapper;
import org.aden.game.quest.QuestServices;
import org.aden.game.reload.LiveContent;
import org.aden.game.script.ReloadScriptsCommand;
import org.aden.game.script.ScriptHost;
import org.aden.game.script.ScriptSet;
import org.aden.game.script.ScriptedAdminCommands;
import org.aden.game.session.PlayerFactory;
import org.aden.game.session.PlayerSessions;
import org.aden.game.session.SessionHandlers;
import org.aden.game.session.WorldSession;
import org.aden.game.shop.Exchanges;
import org.aden.game.shop.ShopHandlers;
import org.aden.game.shop.Shops;
import org.aden.game.shot.ShotHandlers;
import org.aden.game.shot.Shots;
import org.aden.game.skill.SkillHandlers;
import org.aden.game.skill.SkillMapper;
import org.aden.game.spawn.Spawner;
import org.aden.game.stat.PlayerStats;
import org.aden.game.staticobject.StaticObjects;
import org.aden.game.target.TargetHandlers;
import org.aden.game.trade.TradeHandlers;
import org.aden.game.trade.Trades;
import org.aden.game.warehouse.WarehouseHandlers;
import org.aden.game.warehouse.Warehouses;
import org.aden.game.world.Outbound;
import org.aden.game.world.World;
import org.aden.game.world.WorldLoop;
import org.aden.game.world.WorldStats;
import org.aden.game.world.command.PlayerCommands;
import org.aden.game.zone.MapRegions;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The game server's composition root: datapack, persistence, lobby, the world and its game systems, the game
 * port and the link to the login server are built and wired here, and nowhere else. The clock and the random
 * source are injected; the id factory is built from the database here.
 */
public final class GameServer implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(GameServer.class);

    /** The MyBatis mappers of aden_game (Database.open registers them). */
    public static final List<Class<?>> MAPPERS =
            List.of(CharacterMapper.class, ItemMapper.class, SkillMapper.class, QuestMapper.class);

    private final GameConfig config;
    private final Database db;
    private volatile java.util.function.Consumer<Boolean> stopHandler = this::stopProcess;
    private final InstantSource clock;
    private final RandomGenerator random;
    private final NetworkStats stats = new NetworkStats();
    private final AccountSessions sessions = new AccountSessions();
    private ExecutorService persistence;
    private GameNetwork network;
    private volatile LoginLinkClient link;
    private Lobby lobby;
    private World world;
    private WorldLoop loop;
    private Outbound out;
    private WorldStats worldStats;
    private WorldSession worldSession;
    private PlayerCommands commands;
    private String contentSummary = "not loaded";
    private MetricsServer metrics;
    private WebConsole console;
    private DbPlayerStore saves;
    private OpcodeTables tables;
    private DbItemStore itemStore;
    private SaveJournal saveJournal;

    /** How often the database is probed (an outage noticed before a player meets it, and its end). */
    private static final java.time.Duration HEALTH_PROBE = java.time.Duration.ofSeconds(2);
    /** Writers of the save queue (different characters are written side by side). */
    private static final int SAVE_WRITERS = 4;
    /** How long a stop waits for queued saves while the database answers, before journaling the rest. */
    private static final java.time.Duration SAVE_FLUSH = java.time.Duration.ofSeconds(30);

    public GameServer(GameConfig config, Database db) {
        this(config, db, InstantSource.system(), new SecureRandom());
    }

    /** @param clock the time of the lobby, the world and the network; @param random every random choice */
    public GameServer(GameConfig config, Database db, InstantSource clock, RandomGenerator random) {
        this.config = config;
        this.db = db;
        this.clock = clock;
        this.random = random;
    }

    /** Loads the datapack, builds the world, opens the game port and starts linking to the login server. */
    public synchronized void start() {
        start(null);
    }

    /**
     * Reads and checks the datapack on a thread of its own, so that a launcher can start it before the database is
     * opened ({@link #start(CompletableFuture)} then waits for it).
     */
    public static CompletableFuture<WorldData> loadContent(GameConfig config) {
        CompletableFuture<WorldData> loaded = new CompletableFuture<>();
        Thread.ofPlatform().name("datapack-load").daemon(true).start(() -> {
            try {
                loaded.complete(loadContent(datapack(config)));
            } catch (RuntimeException | Error e) {
                loaded.completeExceptionally(e);
            }
        });
        return loaded;
    }

    /** An unchanged file's validated tree is read back from datapack/.cache instead of parsed again. */
    private static XmlDatapack datapack(GameConfig config) {
        return new XmlDatapack(config.datapack()).cachedIn(config.datapack().resolve(".cache"));
    }

    private static WorldData loadContent(XmlDatapack datapack) {
        LOG.info("Loading the datapack from {}", datapack.root());
        WorldData data = WorldDataLoader.load(
                datapack,
                (part, load) -> LOG.info(
                        "Datapack {}: {} entries from {} file(s) in {} ms",
                        part.folder(),
                        load.entries(),
                        load.files(),
                        load.millis()));
        LOG.info("Datapack: {}; {} file(s) from the parsed cache", data.summary(), datapack.cachedFiles());
        return data;
    }

    /** As {@link #start()}, with the datapack {@link #loadContent read already} (or being read); null: read it here. */
    public synchronized void start(CompletableFuture<WorldData> preloaded) {
        // GM scripts in <scripts>/admin are the host's (reloadable); a folder elsewhere is only loaded at start
        boolean hostedAdmin = config.world()
                .adminScripts()
                .toAbsolutePath()
                .normalize()
                .equals(config.world()
                        .scripts()
                        .resolve("admin")
                        .toAbsolutePath()
                        .normalize());
        // the GM scripts compile while the datapack loads (on two cores the start is shorter by the compile time)
        var adminScripts = CompletableFuture.supplyAsync(
                () -> hostedAdmin
                        ? List.<org.aden.game.admin.AdminCommand>of()
                        : ScriptedAdminCommands.load(config.world().adminScripts()),
                r -> Thread.ofPlatform().name("script-compile").daemon(true).start(r));
        // Groovy's first compile takes seconds: it runs beside the datapack load and is installed before the world runs
        ScriptHost scripts = new ScriptHost(
                config.world().scripts(),
                config.world().scriptSlow().toMillis(),
                config.world().scripts().resolve(".cache"));
        CompletableFuture<ScriptSet> compiledScripts = new CompletableFuture<>();
        Thread.ofVirtual().name("script-compile").start(() -> {
            try {
                compiledScripts.complete(scripts.compileAll());
            } catch (RuntimeException | Error e) {
                compiledScripts.completeExceptionally(e);
            }
        });
        XmlDatapack datapack = datapack(config);
        WorldData data;
        if (preloaded == null) {
            data = loadContent(datapack);
        } else {
            try {
                data = preloaded.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        contentSummary = data.summary();
        persistence = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("game-db-", 0).factory());
        // saves the database did not take before the last shutdown land before anything reads a character
        saveJournal = new SaveJournal(config.saveJournal());
        saveJournal.replay(db.sqlSessionFactory());
        db.health().watch(HEALTH_PROBE);
        saves = new DbPlayerStore(db.sqlSessionFactory(), db.health(), SAVE_WRITERS, saveJournal);
        CharacterRepository characters = new CharacterRepository(db);
        int purged = characters.purgeDeletionsDue(clock.millis());
        if (purged > 0) {
            LOG.info("Deleted {} character(s) whose deletion timer ran out", purged);
        }
        HighWaterMarkIdFactory ids = HighWaterMarkIdFactory.fromDatabase(db);
        WorldConfig wc = config.world();
        world = new World(wc.world(), clock, new Presences());
        // the systems hold the template indexes of the live content, which //reload datapack points at new sets
        LiveContent live = new LiveContent(
                world,
                datapack,
                data,
                new Spawner(world, data.npcs(), ids, random, datapack.root()),
                new Doors(world, ids::nextId),
                new StaticObjects(world, ids::nextId),
                wc.spawnNpcs(),
                persistence);
        CharacterTemplates templates = live.characterTemplates();
        ItemCatalog items = live.items();
        NpcTemplates npcs = live.npcs();
        // a character is read again only once its queued save and its item changes are written (a quick relog)
        PendingSaves written = (id, timeout) -> saves.awaitWritten(id, timeout) && itemStore.awaitWritten(id, timeout);
        lobby = new Lobby(config.lobby(), characters, templates, ids, clock, random, written);

        // the world and its game systems
        world.setOnlineCountListener(this::reportOnline);
        loop = new WorldLoop(world);
        out = new Outbound();
        commands = new PlayerCommands(world);
        worldStats = new WorldStats(world, out::lag, commands.counts());
        DbPlayerStore store = saves;
        PlayerStats playerStats = new PlayerStats(templates, live.skills()); // passive skills count in the stats
        PlayerSessions players = new PlayerSessions(world, store, new PlayerFactory(items, playerStats, live.skills()));
        PlayerActions actions = new PlayerActions(world);
        Teleports teleports = new Teleports(world, actions);
        Combat combat = new Combat(world, actions, random);
        itemStore = new DbItemStore(db.sqlSessionFactory(), persistence, db.health());
        ItemLedger ledger = new ItemLedger(items, ids::nextId, itemStore, world::submit, clock);
        GroundLoot loot = new GroundLoot(world, ledger, ids::nextId, config.loot(), random);
        Deaths deaths = new Deaths(world, combat, live.experience(), playerStats, teleports, live.mapRegions(), loot);
        Pvp pvp = new Pvp(world, config.combat(), live.zones());
        deaths.usePvp(pvp);
        deaths.onPlayerDeathDrops(new KarmaDrops(world, ledger, loot, config.karmaDrops(), pvp::inArena, random)::died);
        world.onPlayerLeft(pvp::left);
        scripts.apply(compiledScripts.join());
        // the one ledger of the server (shops, multisell, loot, scripts): its per-player write guard must see every
        // change
        Shops shops = new Shops(world, data.buyLists(), ledger);
        Exchanges exchanges = new Exchanges(world, data.multisells(), ledger);
        Warehouses warehouses = new Warehouses(world, ledger);
        SkillLearning learning = new SkillLearning(
                world,
                ledger,
                data.skillTrees(),
                data.trainers(),
                new DirectSkillWrites(db.sqlSessionFactory(), persistence));
        ClassChanging classChanging =
                new ClassChanging(world, ledger, data.classChanges(), playerStats, learning, wc.classChangeFree());
        TalkServices talkServices = new TalkServices(
                world,
                scripts,
                ledger,
                data.teleports(),
                teleports,
                shops,
                exchanges,
                warehouses,
                new QuestServices(
                        new DbQuestStore(db.sqlSessionFactory(), persistence),
                        deaths::gain,
                        random,
                        new MonsterSpawns(world, npcs, ids::nextId, combat::attack)),
                learning,
                classChanging,
                new ScriptTimers(world));
        NpcTalk talk = new NpcTalk(talkServices);
        // the scripts' events: spawns, hits, skills seen, kills, entering the world, level-ups, zones
        ScriptEvents scriptEvents = new ScriptEvents(talkServices, live.zones());
        world.onSpawned(scriptEvents::spawned);
        combat.onHit(scriptEvents::attacked);
        players.onEntered(scriptEvents::entered);
        deaths.onLevelUp((p, oldLevel) -> {
            learning.levelledUp(p, oldLevel);
            scriptEvents.levelledUp(p, oldLevel);
        });
        deaths.onKill((p, n) -> {
            talk.killed(p, n);
            scriptEvents.killed(p, n);
        });
        actions.setInteraction(talk.interactionOr((p, o) -> {
            if (o instanceof GroundItem g) {
                combat.stop(p);
                loot.pickUp(p, g);
            } else {
                combat.playerAttacks(p, o);
            }
        }));
        Abnormals abnormals = new Abnormals(world, playerStats);
        Shots shots = new Shots(world, ledger);
        combat.useShots(shots);
        SkillEffects skillEffects = new SkillEffects(world, combat, abnormals, teleports, live.mapRegions(), random);
        skillEffects.useShots(shots);
        skillEffects.setResurrection(deaths::resurrect);
        Sweeping sweeping = new Sweeping(ledger, random);
        skillEffects.setSweeper(sweeping);
        Casting casting = new Casting(world, live.skills(), skillEffects);
        casting.onLaunched(scriptEvents::skillLaunched);
        abnormals.onRestrained(casting::interrupt);
        combat.onDamaged(abnormals::damaged);
        MonsterSkills monsterSkills = new MonsterSkills(casting, random);
        combat.setMonsterTurn(monsterSkills);
        deaths.onDeath(c -> {
            casting.interrupt(c);
            abnormals.clear(c);
            monsterSkills.forget(c);
        });
        actions.onPlayerMove(p -> {
            combat.stop(p);
            loot.cancel(p);
            casting.interrupt(p);
        });
        LinkLoginGateway loginGateway = new LinkLoginGateway(() -> link);
        AdminCommands admin = BanCommands.register(BuiltinAdminCommands.registerAll(new AdminCommands()), loginGateway);
        adminScripts.join().forEach(admin::register);
        if (hostedAdmin) {
            ScriptedAdminCommands.follow(scripts, admin);
        }
        // what hosts tune most (prices, lists, routes) reaches the running shops and gatekeepers on //reload
        live.onSwap(DatapackPart.BUYLISTS, d -> shops.replaceLists(d.buyLists()));
        live.onSwap(DatapackPart.MULTISELLS, d -> exchanges.replaceLists(d.multisells()));
        live.onSwap(DatapackPart.TELEPORTS, d -> talk.replaceDestinations(d.teleports()));
        live.onSwap(DatapackPart.SKILL_TREES, d -> learning.replaceTrees(d.skillTrees()));
        live.onSwap(DatapackPart.TRAINERS, d -> learning.replaceTrainers(d.trainers()));
        // a reload of classes reaches the skill trees, trainers and class changes too, one of items the buy lists
        // (LiveContent.DERIVED)
        // what is worn, the passive skills and the base stats are counted again for everyone in the world
        for (DatapackPart statPart : List.of(DatapackPart.ITEMS, DatapackPart.SKILLS, DatapackPart.CHARS)) {
            live.onSwap(statPart, d -> refreshStats(playerStats));
        }
        live.onSwap(DatapackPart.CLASS_CHANGES, d -> classChanging.replaceChanges(d.classChanges()));
        WorldAdminCommands.register(admin, live);
        // //reload scripts here, every other //reload (datapack) as before
        admin.register(new ReloadScriptsCommand(
                scripts,
                admin.commands().stream()
                        .filter(c -> c.name().equals("reload"))
                        .findFirst()
                        .orElse(null)));
        AdminContext adminContext = new AdminContext(
                world,
                actions,
                teleports,
                players,
                new ShutdownCountdown(world, restart -> stopHandler.accept(restart)),
                commands.counts());
        admin.setContext(adminContext);
        ChatService chat = new ChatService(world, wc.chat(), admin::handle);
        worldSession = new WorldSession(
                world, loop, players, out, c -> lobby.guarded(c, () -> lobby.returnToCharacterSelection(c)));

        Handshake handshake = new Handshake(config.lobby(), loginGateway, sessions, lobby, worldSession);
        tables = new OpcodeTables();
        AuthHandlers.register(tables, handshake);
        LobbyPackets.register(tables, lobby, worldSession);
        MoveHandlers.register(tables, commands, actions, teleports);
        TargetHandlers.register(tables, commands, actions);
        ActionHandlers.register(tables, commands, actions);
        CombatHandlers.register(tables, commands, combat, deaths);
        Equipment equipment = new Equipment(world, ledger);
        ItemSkills itemSkills = new ItemSkills(casting, ledger);
        equipment.setOtherUse((p, item, t) -> shots.use(p, item, t) || itemSkills.use(p, item, t));
        ShotHandlers.register(tables, commands, shots);
        EquipHandlers.register(tables, commands, equipment);
        CastHandlers.register(tables, commands, casting);
        ShopHandlers.register(tables, commands, shops, exchanges);
        WarehouseHandlers.register(tables, commands, warehouses);
        Trades trades = new Trades(world, ledger, db.health()::isUp);
        TradeHandlers.register(tables, commands, trades);
        world.onPlayerLeft(trades::playerLeft);
        deaths.onDeath(trades::died);
        ChatHandlers.register(tables, commands, chat);
        Parties parties = new Parties(world);
        PartyHandlers.register(tables, commands, parties);
        chat.setPartyAudience(parties::chatAudience);
        deaths.shareRewardsWith(parties::shares);
        casting.setParty(p -> parties.of(p) == null ? List.of(p) : parties.of(p).members());
        loot.shareWith(parties); // the party's loot rule
        sweeping.shareWith(parties); // a party-mate may sweep the spoiler's corpse
        world.onPlayerLeft(parties::playerLeft);
        world.onPlayerLeft(combat::forget); // no monster keeps fighting someone who left
        AdminHandlers.register(tables, commands, admin);
        ItemHandlers.register(tables, commands);
        LootHandlers.register(tables, commands, loot);
        DialogHandlers.register(tables, commands, talk);
        SkillHandlers.register(tables, commands);
        LearnHandlers.register(tables, commands, learning);
        QuestHandlers.register(tables, commands, talk::abortQuest);
        ManorHandlers.register(tables, commands);
        SessionHandlers.register(tables, commands, world, worldSession);

        LOG.debug("Client opcodes by connection state:\n{}", tables.index());

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
                new LoginLinkClient.Listener() {
                    @Override
                    public void kick(String account) {
                        sessions.kick(account);
                    }

                    @Override
                    public void kick(String account, String reason) {
                        sessions.kick(account, reason);
                    }
                });
        link.setSubnetAddresses(config.publicHosts());
        link.start();
        startWorld(players);
        world.submit(combat::startAggroScan);
        world.submit(parties::startWindowRefresh);
        world.submit(trades::startRangeCheck);
        world.submit(scriptEvents::startZoneScan);
        startMetrics(store);
        world.submit(live::populate);
        startConsole(adminContext, loginGateway, live.mapRegions());
        LOG.info(
                "Game server {} listening on {}:{}, encryption {}, login server link {}:{}",
                config.lobby().serverId(),
                config.network().host(),
                network.port(),
                config.lobby().encryption() ? "on" : "OFF",
                config.loginHost(),
                config.loginPort());
    }

    /** After a reload of what stats come from: everyone in the world counted again and shown it (world thread). */
    private void refreshStats(PlayerStats stats) {
        for (org.aden.game.actor.Player p : world.players()) {
            stats.recompute(p);
            p.setVitals(Math.min(p.curHp(), p.maxHp()), Math.min(p.curMp(), p.maxMp()), Math.min(p.curCp(), p.maxCp()));
            p.send(org.aden.game.presence.PlayerPresence.userInfo(p));
        }
    }

    private void startWorld(PlayerSessions players) {
        out.start();
        world.onTickEnd(out::publish);
        loop.start();
        world.submit(players::startAutosave);
        world.submit(
                new Runnable() { // once per tick, after that tick's commands: sample the outbound lag
                    @Override
                    public void run() {
                        out.probe();
                        world.schedule(world.settings().tickMillis(), this);
                    }
                });
        worldStats.register();
    }

    /** Served only when game.metrics.enabled; a port in use stops the start like the game port. */
    private void startMetrics(DbPlayerStore store) {
        metrics = new MetricsServer(config.metrics(), "gameserver");
        GameMetrics.bind(metrics, world, out::lag, commands.counts(), stats, store, sessions);
        db.bindMetrics(metrics.registry());
        metrics.healthCheck("login_link", () -> link != null && link.isConnected());
        try {
            metrics.start();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Served only when game.console.enabled; a port in use stops the start like the game port. */
    private void startConsole(AdminContext adminContext, LinkLoginGateway loginGateway, MapRegions regions) {
        try {
            console = WebConsole.start(
                    config.console(), db.settings(), adminContext, loginGateway, stats, regions, clock);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The web console (null when game.console.enabled is false). */
    public WebConsole console() {
        return console;
    }

    /** The metrics of this server (the endpoint is bound only when enabled). */
    public MetricsServer metrics() {
        return metrics;
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

    /** The world's entry and exit (tests wait on {@link WorldSession#sync}). */
    public WorldSession world() {
        return worldSession;
    }

    /** What the datapack gave, for the startup summary (e.g. "9 character templates from datapack in 80 ms"). */
    public String contentSummary() {
        return contentSummary;
    }

    /** Every client packet by connection state, as registered at start (the fuzzer walks them). */
    public OpcodeTables opcodeTables() {
        return tables;
    }

    /** The queue of character saves (tests watch it drain after a database outage). */
    public DbPlayerStore saveQueue() {
        return saves;
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
        if (console != null) {
            console.close(); // no console action while the world saves everyone
        }
        if (link != null) {
            // shown down at once (no new PlayOk), and the login server knows the link closing next is a stop
            link.updateStatus(link.status().withUp(false));
        }
        if (worldSession != null) {
            worldSession.beginShutdown();
        }
        if (network != null) {
            network.close();
        }
        if (worldSession != null) {
            worldSession.shutdown();
        }
        if (worldStats != null) {
            worldStats.unregister();
        }
        if (metrics != null) {
            metrics.close();
        }
        if (link != null) {
            link.close();
        }
        if (saves != null) {
            // written while the database answers; kept in the journal for the next start when it does not
            try {
                saves.close(SAVE_FLUSH, db.settings().poolTimeout(), saveJournal);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.error("Pending character saves could not be kept at shutdown: {}", e.toString());
            }
            saves = null;
        }
        if (itemStore != null && itemStore.pending() > 0 && !db.health().isUp()) {
            // item changes are not journaled: waiting longer would not bring the database back
            LOG.error(
                    "{} character(s) with item changes not written: the database is unreachable", itemStore.pending());
            itemStore.close();
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
