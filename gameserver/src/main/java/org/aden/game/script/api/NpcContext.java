package org.aden.game.script.api;

/**
 * An event about an NPC that may have no player (it spawned, or a timer it started went off): the NPC, its
 * timers and what it can do. When a player takes part, the event is an {@link NpcEvent} ({@code if (e instanceof NpcEvent pe)}).
 */
public interface NpcContext {
    NpcView npc();

    /** Timers bound to this NPC (and to the event's player, if any). */
    Timers timers();

    /** Have the NPC say a line or walk somewhere. */
    NpcActions npcActions();
}
