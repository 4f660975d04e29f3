package org.aden.game.dialog;

import org.aden.game.actor.Npc;
import org.aden.game.script.ScriptViews;
import org.aden.game.script.api.NpcContext;
import org.aden.game.script.api.NpcView;
import org.aden.game.script.api.Timers;

/** An event about an NPC with no player (it spawned, or its own timer went off): its view and its timers. */
final class NpcOnlyEvent implements NpcContext, Timers {
    private final TalkServices s;
    private final Npc n;
    private final Object script;

    NpcOnlyEvent(TalkServices s, Npc n, Object script) {
        this.s = s;
        this.n = n;
        this.script = script;
    }

    @Override
    public NpcView npc() {
        return ScriptViews.of(n);
    }

    @Override
    public Timers timers() {
        return this;
    }

    @Override
    public void after(long delayMillis, Runnable task) {
        s.world().schedule(Math.max(0, delayMillis), () -> s.scripts().run(script, "a timer", task));
    }

    @Override
    public void start(String name, long delayMillis) {
        s.timers().start(s, script, n, null, name, delayMillis, 0);
    }

    @Override
    public void repeat(String name, long periodMillis) {
        s.timers().start(s, script, n, null, name, periodMillis, periodMillis);
    }

    @Override
    public boolean cancel(String name) {
        return s.timers().cancel(s, script, n, null, name);
    }

    @Override
    public boolean isRunning(String name) {
        return s.timers().isRunning(s, script, n, null, name);
    }
}
