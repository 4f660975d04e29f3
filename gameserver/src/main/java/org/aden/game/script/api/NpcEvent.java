package org.aden.game.script.api;

/** One event between a player and an NPC (talk, link, kill). */
public interface NpcEvent extends PlayerEvent {
    NpcView npc();
}
