package org.aden.game.script.api;

/** One event between a player and an NPC (talk, link, kill, attack, skill, timer). */
public interface NpcEvent extends PlayerEvent, NpcContext {
    @Override
    NpcView npc();

    @Override
    Timers timers();

    @Override
    NpcActions npcActions();
}
