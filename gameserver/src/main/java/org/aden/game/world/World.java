package org.aden.game.world;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntConsumer;
import org.aden.common.net.ServerPacket;
import org.aden.game.actor.Creature;
import org.aden.game.actor.MoveOrder;
import org.aden.game.actor.Player;
import org.aden.game.actor.WorldObject;
import org.aden.game.world.move.Movement;
import org.aden.game.world.region.RegionGrid;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The single owner of all mutable game state. Any thread may {@link #submit} a command; only the world
 * thread runs {@link #tick}, which applies, in this order: queued commands, due timers, movement, then
 * visibility for everything that moved. Nothing here locks: tests call {@code tick()} with a fake clock.
 */
public final class World {
    private static final Logger LOG = LogManager.getLogger(World.class);
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** Distance a walker covers between two visibility passes. */
    static final double VISIBILITY_STEP = 100;

    private final WorldSettings settings;
    private final InstantSource clock;
    private final Presence presence;
    private final RegionGrid grid;
    private final Visibility visibility;
    private final ConcurrentLinkedQueue<Runnable> commands = new ConcurrentLinkedQueue<>();
    private final Timers timers = new Timers();
    private final Map<Integer, WorldObject> objects = new HashMap<>();
    private final Collection<WorldObject> objectsView = Collections.unmodifiableCollection(objects.values());
    private final Map<String, Player> playersByName = new LinkedHashMap<>();
    private final Set<Creature> moving = new LinkedHashSet<>();
    private final TickStats tickStats = new TickStats(4096);
    private IntConsumer onlineCountListener = n -> {};
    private Runnable tickEnd = () -> {};
    private final List<java.util.function.Consumer<Player>> leaveListeners = new ArrayList<>();
    private final List<java.util.function.Consumer<WorldObject>> spawnListeners = new ArrayList<>();
    private volatile int onlineCount;

    /** @param presence the packets that make an object appear on a viewer's screen (built by the game systems) */
    public World(WorldSettings settings, InstantSource clock, Presence presence) {
        this.settings = settings;
        this.clock = clock;
        this.presence = presence;
        this.grid = new RegionGrid(settings.regionSize());
        this.visibility = new Visibility(grid, settings, presence);
    }

    public WorldSettings settings() {
        return settings;
    }

    public InstantSource clock() {
        return clock;
    }

    public long now() {
        return clock.millis();
    }

    public Presence presence() {
        return presence;
    }

    public TickStats tickStats() {
        return tickStats;
    }

    /** Players in the world (including those whose connection dropped and who linger). Any thread. */
    public int onlineCount() {
        return onlineCount;
    }

    /** Commands waiting for the next tick (any thread; for metrics). */
    public int queuedCommands() {
        return commands.size();
    }

    /** Runs when a player leaves the world (logout, restart, a lingering character removed); world thread. */
    public void onPlayerLeft(java.util.function.Consumer<Player> listener) {
        leaveListeners.add(listener);
    }

    /** Runs after any object appeared in the world (an NPC's spawn or respawn: its scripts); world thread. */
    public void onSpawned(java.util.function.Consumer<WorldObject> listener) {
        spawnListeners.add(listener);
    }

    /** Runs at the end of every tick on the world thread (the outbound hand-over of the tick's packets). */
    public void onTickEnd(Runnable hook) {
        this.tickEnd = hook;
    }

    public void setOnlineCountListener(IntConsumer listener) {
        this.onlineCountListener = listener;
    }

    // ---- commands and timers

    /** Queues a command for the world thread. Safe from any thread. */
    public void submit(Runnable command) {
        commands.add(command);
    }

    /** Runs the task on the world thread after the delay (world thread only). */
    public void schedule(long delayMillis, Runnable task) {
        timers.add(clock.millis() + Math.max(0, delayMillis), task);
    }

    public void tick() {
        long started = System.nanoTime();
        long cpuStarted = THREADS.getCurrentThreadCpuTime();
        long now = clock.millis();
        visibility.newTick();
        // Commands queued while this tick runs wait for the next one: a flood cannot starve movement.
        for (int n = commands.size(); n > 0; n--) {
            Runnable c = commands.poll();
            if (c == null) {
                break;
            }
            run(c);
        }
        timers.runDue(now, this::run);
        moveCreatures(now);
        tickEnd.run();
        tickStats.record((System.nanoTime() - started) / 1000, (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1000);
    }

    private void run(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.error("World command failed", e);
        } finally {
            visibility.invalidate();
        }
    }

    private void moveCreatures(long now) {
        if (moving.isEmpty()) {
            return;
        }
        List<Creature> moved = new ArrayList<>(moving);
        for (Creature c : moved) {
            long elapsed = Math.max(0, now - c.moveStamp()); // a wall clock may step back
            c.setMoveStamp(now);
            if (Movement.advance(c, elapsed)) {
                moving.remove(c);
            }
        }
        for (Creature c : moved) {
            grid.place(c);
            // known lists follow a walker every VISIBILITY_STEP units, not every tick: the forget margin
            // (forget radius - view radius) absorbs the lag, and arrivals always get a final pass
            if (!c.isMoving() || c.movedSinceVisibility(VISIBILITY_STEP)) {
                visibility.update(c);
            }
        }
        visibility.invalidate();
    }

    // ---- objects

    public void spawn(WorldObject o) {
        if (o.isSpawned()) {
            return;
        }
        objects.put(o.objectId(), o);
        if (o instanceof Player p) {
            playersByName.put(key(p.name()), p);
            updateOnlineCount();
        }
        o.setSpawned(true);
        grid.place(o);
        visibility.invalidate();
        visibility.update(o);
        if (o instanceof Creature c && c.isMoving()) {
            c.setMoveStamp(now());
            moving.add(c);
        }
        for (java.util.function.Consumer<WorldObject> l : spawnListeners) {
            l.accept(o);
        }
    }

    public void despawn(WorldObject o) {
        if (!o.isSpawned()) {
            return;
        }
        if (o instanceof Creature c) {
            moving.remove(c);
        }
        visibility.forgetEverywhere(o);
        grid.remove(o);
        o.setSpawned(false);
        objects.remove(o.objectId());
        if (o instanceof Player p) {
            playersByName.remove(key(p.name()));
            updateOnlineCount();
            for (java.util.function.Consumer<Player> l : leaveListeners) {
                l.accept(p);
            }
        }
    }

    /** Instantly relocates an object: old viewers lose it, new ones get it (used by teleports). */
    public void relocate(WorldObject o, int x, int y, int z) {
        if (o instanceof Creature c) {
            c.clearMoveOrder();
            moving.remove(c);
        }
        o.setPosition(x, y, z);
        if (o.isSpawned()) {
            grid.place(o);
            visibility.invalidate();
            visibility.update(o);
        }
    }

    private void updateOnlineCount() {
        int n = playersByName.size();
        if (n != onlineCount) {
            onlineCount = n;
            onlineCountListener.accept(n);
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    public WorldObject object(int objectId) {
        return objects.get(objectId);
    }

    /** Every spawned object (world thread; do not spawn or despawn while iterating). */
    public Collection<WorldObject> objects() {
        return objectsView;
    }

    /**
     * NPCs, items and doors that at least one player knows: what a scan for player-facing work (aggro) needs,
     * far fewer than {@link #objects()} (world thread; do not change known lists while iterating).
     */
    public Set<WorldObject> watched() {
        return visibility.watched();
    }

    public Player player(String name) {
        return name == null ? null : playersByName.get(key(name));
    }

    public Collection<Player> players() {
        return Collections.unmodifiableCollection(playersByName.values());
    }

    List<WorldObject> visibleFrom(WorldObject o) {
        return visibility.visibleFrom(o);
    }

    // ---- movement

    /** Starts (or redirects) a creature toward a destination; the caller broadcasts MoveToLocation. */
    public void startMoving(Creature c, MoveOrder order) {
        c.setMoveOrder(order);
        c.setMoveStamp(now());
        if (c.isSpawned()) {
            moving.add(c);
        }
    }

    /** Stops a creature where it is, first bringing its position up to the current time. */
    public void stopMoving(Creature c) {
        if (c.isMoving()) {
            long now = now();
            Movement.advance(c, now - c.moveStamp());
            c.setMoveStamp(now);
            c.clearMoveOrder();
        }
        moving.remove(c);
        if (c.isSpawned()) {
            grid.place(c);
            visibility.invalidate();
            visibility.update(c);
        }
    }

    /** Brings a moving creature's position up to now (for position checks between ticks). */
    public void catchUp(Creature c) {
        if (c.isMoving()) {
            long now = now();
            if (Movement.advance(c, now - c.moveStamp())) {
                moving.remove(c);
            }
            c.setMoveStamp(now);
        }
    }

    // ---- broadcasting

    /** Sends to every player that knows the source; encoded once. */
    public void broadcast(WorldObject source, ServerPacket packet) {
        if (source.seenBy().isEmpty()) {
            return;
        }
        byte[] body = packet.encode();
        for (Player p : source.seenBy()) {
            p.sendBytes(body);
        }
    }

    /** As {@link #broadcast} plus the source itself when it is a player. */
    public void broadcastWithSelf(WorldObject source, ServerPacket packet) {
        byte[] body = packet.encode();
        if (source instanceof Player self) {
            self.sendBytes(body);
        }
        for (Player p : source.seenBy()) {
            p.sendBytes(body);
        }
    }

    /** Sends to every player in the world; encoded once. */
    public void broadcastAll(ServerPacket packet) {
        byte[] body = packet.encode();
        for (Player p : playersByName.values()) {
            p.sendBytes(body);
        }
    }
}
