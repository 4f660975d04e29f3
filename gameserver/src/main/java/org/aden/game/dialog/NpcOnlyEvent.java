package org.aden.game.dialog;

import org.aden.game.actor.Npc;
import org.aden.game.script.ScriptViews;
import org.aden.game.script.api.NpcActions;
import org.aden.game.script.api.NpcContext;
import org.aden.game.script.api.NpcView;
import org.aden.game.script.api.Timers;

/** An event about an NPC with no player (it spawned, or its own timer went off): its view, its timers and its actions. */
record NpcOnlyEvent(TalkServices s, Npc n, Object script) implements NpcContext {
    @Override
    public NpcView npc() {
        return ScriptViews.of(n);
    }

    @Override
    public Timers timers() {
        return new BoundTimers(s, script, n, null);
    }

    @Override
    public NpcActions npcActions() {
        return new ScriptNpcActions(s.world(), n);
    }
}
