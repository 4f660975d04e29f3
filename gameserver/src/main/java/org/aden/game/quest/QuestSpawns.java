package org.aden.game.quest;

import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;

/**
 * Monsters a quest calls up (the leader a goblin's death draws out): they appear at a point, attack the player, do
 * not respawn and leave when nobody kills them. World thread.
 */
public interface QuestSpawns {
    /** No quest monsters: for dialog tests that run no quest. */
    QuestSpawns NONE = (templateId, x, y, z, target) -> null;

    /** Spawns one monster of the datapack that attacks {@code target}; null when the template does not exist. */
    Npc spawnAttacker(int templateId, int x, int y, int z, Player target);
}
