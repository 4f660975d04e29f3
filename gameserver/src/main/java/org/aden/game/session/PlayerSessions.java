package org.aden.game.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.aden.common.net.ServerPacket;
import org.aden.game.actor.PacketSink;
import org.aden.game.actor.Player;
import org.aden.game.actor.WorldObject;
import org.aden.game.character.PlayerStore;
import org.aden.game.item.Inventory;
import org.aden.game.network.server.chat.FriendList;
import org.aden.game.network.server.henna.HennaInfo;
import org.aden.game.network.server.item.ExStorageMaxCount;
import org.aden.game.network.server.move.ValidateLocation;
import org.aden.game.network.server.shortcut.SendMacroList;
import org.aden.game.network.server.skill.SkillCoolTime;
import org.aden.game.network.server.system.ActionFailed;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.world.AbnormalStatusUpdate;
import org.aden.game.network.server.world.EtcStatusUpdate;
import org.aden.game.network.server.world.StatusUpdate;
import org.aden.game.presence.PlayerPresence;
import org.aden.game.quest.QuestLog;
import org.aden.game.shortcut.ShortcutBar;
import org.aden.game.skill.SkillBook;
import org.aden.game.stat.GradePenalty;
import org.aden.game.world.World;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Players entering and leaving the world (world thread): the EnterWorld burst, logout, restart, the
 * linger after a dropped connection, and saving (snapshots handed to the {@link PlayerStore}).
 */
public final class PlayerSessions {
    private static final Logger LOG = LogManager.getLogger(PlayerSessions.class);

    private final World world;
    private final PlayerStore store;
    private final PlayerFactory players;
    /** Players whose connection dropped, by object id, with the linger generation that will remove them. */
    private final Map<Integer, Long> lingering = new HashMap<>();

    private long lingerGeneration;
    private java.util.function.Consumer<Player> entered = p -> {};
    private boolean autosaveStarted;

    public PlayerSessions(World world, PlayerStore store, PlayerFactory players) {
        this.world = world;
        this.store = store;
        this.players = players;
    }

    /** Runs after a player entered the world and got its EnterWorld burst (the event scripts). World thread. */
    public void onEntered(java.util.function.Consumer<Player> listener) {
        this.entered = listener;
    }

    /** Starts the periodic save of every player (once). */
    public void startAutosave() {
        if (autosaveStarted) {
            return;
        }
        autosaveStarted = true;
        long every = world.settings().autosave().toMillis();
        world.schedule(every, new Runnable() {
            @Override
            public void run() {
                int n = saveAll().size();
                if (n > 0) {
                    LOG.info("Autosaved {} players", n);
                }
                world.schedule(every, this);
            }
        });
    }

    /**
     * Puts the character in the world and sends the EnterWorld burst. A character still lingering from a
     * dropped connection is taken over as it is (its state is newer than the database's).
     */
    public Player enter(EnterWorldData data, PacketSink sink) {
        WorldObject existing = world.object(data.state().objectId());
        if (existing instanceof Player old) {
            lingering.remove(old.objectId());
            if (old.isConnected()) {
                LOG.info("{} entered again while connected; the old connection is closed", old.name());
                old.sink().close();
            } else {
                LOG.info(
                        "{} ({}) came back to its lingering character at {},{},{}",
                        old.name(),
                        old.account(),
                        old.x(),
                        old.y(),
                        old.z());
            }
            old.attach(sink);
            sendBurst(old);
            for (WorldObject k : old.known()) {
                for (ServerPacket p : world.presence().appear(k)) {
                    old.send(p);
                }
            }
            sendTail(old);
            entered.accept(old);
            return old;
        }
        Player p = players.create(data);
        p.attach(sink);
        sendBurst(p);
        world.spawn(p); // CharInfo/NpcInfo/SpawnItem of everything around, and our CharInfo to them
        sendTail(p);
        LOG.info("{} ({}) entered the world at {},{},{}", p.name(), p.account(), p.x(), p.y(), p.z());
        entered.accept(p);
        return p;
    }

    private void sendBurst(Player p) {
        p.send(PlayerPresence.userInfo(p));
        p.send(new SendMacroList(0));
        p.send(Inventory.of(p).itemList(false));
        p.send(ShortcutBar.of(p).shortCutInit());
        p.send(SkillBook.of(p).skillList());
        p.send(new HennaInfo());
        p.send(QuestLog.of(p).questList());
        p.send(new StatusUpdate(
                p.objectId(),
                new int[] {
                    StatusUpdate.MAX_HP,
                    StatusUpdate.CUR_HP,
                    StatusUpdate.MAX_MP,
                    StatusUpdate.CUR_MP,
                    StatusUpdate.MAX_CP,
                    StatusUpdate.CUR_CP,
                    StatusUpdate.CUR_LOAD,
                    StatusUpdate.MAX_LOAD
                },
                new int[] {
                    p.maxHp(),
                    p.curHp(),
                    p.maxMp(),
                    p.curMp(),
                    p.maxCp(),
                    p.curCp(),
                    Inventory.of(p).currentLoad(),
                    p.stats().maxLoad()
                }));
    }

    private void sendTail(Player p) {
        p.send(new AbnormalStatusUpdate());
        p.send(new EtcStatusUpdate(0, GradePenalty.of(p).level() > 0));
        p.send(new ExStorageMaxCount(Inventory.slotLimit(p), 100, 20, 4, 4, 0, 50));
        p.send(new FriendList());
        p.send(SystemMessage.of(SystemMessage.WELCOME));
        p.send(new SkillCoolTime());
        p.send(new ValidateLocation(p.objectId(), p.x(), p.y(), p.z(), p.heading()));
        p.send(ActionFailed.INSTANCE);
    }

    /** Logout or restart: save and remove at once. The future completes when the save is written. */
    public CompletableFuture<Void> leave(Player p) {
        lingering.remove(p.objectId());
        CompletableFuture<Void> saved = save(p);
        world.despawn(p);
        p.detach();
        LOG.info("{} left the world", p.name());
        return saved;
    }

    /** The connection dropped: the character stays (and can be attacked) for the linger time. */
    public void connectionLost(Player p) {
        if (!p.isSpawned()) {
            return;
        }
        p.detach();
        long generation = ++lingerGeneration;
        lingering.put(p.objectId(), generation);
        LOG.info(
                "{} lost its connection; lingering for {} s",
                p.name(),
                world.settings().linger().toSeconds());
        world.schedule(world.settings().linger().toMillis(), () -> {
            Long g = lingering.get(p.objectId());
            if (g != null && g == generation && !p.isConnected()) {
                leave(p);
            }
        });
    }

    public CompletableFuture<Void> save(Player p) {
        return store.save(p.snapshot()).exceptionally(e -> {
            LOG.error("Saving {} failed: {}", p.name(), e.toString());
            return null;
        });
    }

    /** Saves everyone; the futures complete when each write is done. */
    public List<CompletableFuture<Void>> saveAll() {
        List<CompletableFuture<Void>> out = new ArrayList<>();
        for (Player p : world.players()) {
            out.add(save(p));
        }
        return out;
    }

    /** Removes every player (shutdown): saves them all and closes their connections. */
    public List<CompletableFuture<Void>> removeAll() {
        List<CompletableFuture<Void>> out = new ArrayList<>();
        for (Player p : new ArrayList<>(world.players())) {
            PacketSink sink = p.sink();
            out.add(leave(p));
            sink.close();
        }
        return out;
    }
}
