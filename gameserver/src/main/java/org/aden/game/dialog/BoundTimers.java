package org.aden.game.dialog;

import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.script.api.Timers;

/** A script's timers bound to the NPC and/or player of the event they were asked from. */
record BoundTimers(TalkServices s, Object script, Npc npc, Player player) implements Timers {
    @Override
    public void after(long delayMillis, Runnable task) {
        s.world().schedule(Math.max(0, delayMillis), () -> s.scripts().run(script, "a timer", task));
    }

    @Override
    public void start(String name, long delayMillis) {
        s.timers().start(s, script, npc, player, name, delayMillis, 0);
    }

    @Override
    public void repeat(String name, long periodMillis) {
        s.timers().start(s, script, npc, player, name, periodMillis, periodMillis);
    }

    @Override
    public boolean cancel(String name) {
        return s.timers().cancel(s, script, npc, player, name);
    }

    @Override
    public boolean isRunning(String name) {
        return s.timers().isRunning(s, script, npc, player, name);
    }
}
