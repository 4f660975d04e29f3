package org.aden.game.script.api;

/**
 * An event about an NPC that may have no player (it spawned, or a timer it started went off): the NPC and its
 * timers. When a player takes part, the event is an {@link NpcEvent} ({@code if (e instanceof NpcEvent pe)}).
 */
public interface NpcContext {
    NpcView npc();

    /** Timers bound to this NPC (and to the event's player, if any). */
    Timers timers();
}
