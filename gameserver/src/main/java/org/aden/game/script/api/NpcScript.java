package org.aden.game.script.api;

import java.util.Set;

/**
 * Dialog and behaviour of NPCs, by template id or by type: every {@code scripts/npcs/*.groovy} evaluates to one. A
 * script for an id wins over a script for the type. Handlers run on the world thread; returning false lets the
 * next script (the type's, then the engine's default) answer.
 */
public interface NpcScript {
    /** Template ids this script answers for. */
    default Set<Integer> npcIds() {
        return Set.of();
    }

    /** NPC types (datapack/npcs type attribute) this script answers for. */
    default Set<String> npcTypes() {
        return Set.of();
    }

    /** The player clicked the NPC (its first page). */
    default boolean onFirstTalk(NpcEvent e) {
        return false;
    }

    /** A link of a page this NPC showed: {@code command} is what follows {@code npc_%objectId%_}. */
    default boolean onBypass(NpcEvent e, String command) {
        return false;
    }

    /** A player killed this NPC (after its rewards and drops). */
    default void onKill(NpcEvent e) {}

    /** The NPC appeared in the world: spawned at start, by a GM or a quest, or respawned. */
    default void onSpawn(NpcContext e) {}

    /** A player hit this NPC (a swing or a skill) for {@code damage} HP, before its death is decided. */
    default void onAttack(NpcEvent e, int damage) {}

    /**
     * A player finished casting a skill within 1000 units of this NPC; {@code targeted} when the NPC was among the
     * skill's targets.
     */
    default void onSkillSee(NpcEvent e, int skillId, int skillLevel, boolean targeted) {}

    /** A named timer this script started about this NPC went off ({@code e} is an NpcEvent when it has a player). */
    default void onTimer(NpcContext e, String name) {}
}
