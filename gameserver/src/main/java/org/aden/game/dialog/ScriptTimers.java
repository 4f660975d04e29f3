package org.aden.game.dialog;

import java.util.HashMap;
import java.util.Map;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.script.api.EventScript;
import org.aden.game.script.api.NpcContext;
import org.aden.game.script.api.NpcScript;
import org.aden.game.script.api.Quest;
import org.aden.game.world.World;

/**
 * The scripts' named timers (world thread). A timer belongs to a script, an NPC and/or a player and a name: starting
 * it again restarts it, and it never goes off once its NPC despawned (a respawn is a new NPC) or its player left
 * the world. It is kept by the script's file, so a reloaded script hears its timers with its new code.
 */
public final class ScriptTimers {
    /** The shortest period of a repeating timer: a script cannot turn the world thread into its loop. */
    static final long MIN_PERIOD = 100;

    private record Key(Object script, Npc npc, Player player, String name) {}

    private static final class Entry {
        final Key key;
        final TalkServices services;
        final Object script;
        final long period;

        Entry(Key key, TalkServices services, Object script, long period) {
            this.key = key;
            this.services = services;
            this.script = script;
            this.period = period;
        }
    }

    private final World world;
    private final Map<Key, Entry> running = new HashMap<>();

    public ScriptTimers(World world) {
        this.world = world;
        world.onPlayerLeft(this::playerLeft);
    }

    /**
     * Starts (or restarts) a timer. {@code period} 0 is a one-shot timer.
     *
     * @throws IllegalStateException for a script that has no onTimer handler, or without an owner
     */
    void start(TalkServices s, Object script, Npc npc, Player player, String name, long delay, long period) {
        if (!(script instanceof NpcScript || script instanceof Quest || script instanceof EventScript)) {
            throw new IllegalStateException("only NPC, quest and event scripts have named timers (onTimer)");
        }
        if (name == null || name.isEmpty() || (npc == null && player == null)) {
            throw new IllegalArgumentException("a timer needs a name and an NPC or a player");
        }
        Key key = new Key(owner(s, script), npc, player, name);
        Entry e = new Entry(key, s, script, period <= 0 ? 0 : Math.max(MIN_PERIOD, period));
        running.put(key, e);
        world.schedule(e.period > 0 ? e.period : Math.max(0, delay), () -> fire(e));
    }

    boolean cancel(TalkServices s, Object script, Npc npc, Player player, String name) {
        return running.remove(new Key(owner(s, script), npc, player, name)) != null;
    }

    boolean isRunning(TalkServices s, Object script, Npc npc, Player player, String name) {
        return running.containsKey(new Key(owner(s, script), npc, player, name));
    }

    /** Timers waiting (tests, metrics). */
    public int size() {
        return running.size();
    }

    /** A script is known by its file, so that a reload keeps its timers (the object changes). */
    private static Object owner(TalkServices s, Object script) {
        String key = s.scripts().keyOf(script);
        return key != null ? key : script;
    }

    private void fire(Entry e) {
        if (running.get(e.key) != e) {
            return; // cancelled or restarted
        }
        Npc n = e.key.npc();
        Player p = e.key.player();
        Object script =
                e.key.script() instanceof String file ? e.services.scripts().script(file) : e.script;
        if ((n != null && (!n.isSpawned() || world.object(n.objectId()) != n))
                || (p != null && !p.isSpawned())
                || script == null) {
            running.remove(e.key);
            return;
        }
        if (e.period == 0) {
            running.remove(e.key);
        } else {
            world.schedule(e.period, () -> fire(e));
        }
        deliver(e.services, script, n, p, e.key.name());
    }

    private static void deliver(TalkServices s, Object script, Npc n, Player p, String name) {
        if (script instanceof EventScript ev) {
            TalkEvent e = new TalkEvent(s, p, n, ev);
            s.scripts().run(ev, "onTimer", () -> ev.onTimer(e, name));
            return;
        }
        NpcContext ctx = p != null ? new TalkEvent(s, p, n, script) : new NpcOnlyEvent(s, n, script);
        if (script instanceof NpcScript ns) {
            s.scripts().run(ns, "onTimer", () -> ns.onTimer(ctx, name));
        } else if (script instanceof Quest q) {
            s.scripts().run(q, "onTimer", () -> q.onTimer(ctx, name));
        }
    }

    private void playerLeft(Player p) {
        running.keySet().removeIf(k -> k.player() == p);
    }
}
