package org.aden.game.script.api;

import java.util.Set;

/**
 * A quest: every {@code scripts/quests/<folder>/*.groovy} evaluates to one; its pages live beside it. The engine
 * offers the quest at its start NPCs, routes talks with its NPCs to {@link #onTalk}, its links
 * ({@code npc_%objectId%_Quest <id> <event>}) to {@link #onEvent}, kills of its monsters to {@link #onKill}, and
 * hits, skills seen, spawns, its timers and zones to the handlers of those names.
 */
public interface Quest {
    /** The client's quest id (the quest window shows its name from it). */
    int id();

    /**
     * The quest's stored name, the same for ever (saved progress is found by it): the L2J-style script name, e.g.
     * {@code Q00001_LettersOfLove}, so that imported progress carries over.
     */
    String name();

    /** What the quest list at an NPC calls it. */
    default String title() {
        return name();
    }

    Set<Integer> startNpcs();

    /** Every NPC the quest talks through, start NPCs included. */
    Set<Integer> talkNpcs();

    default Set<Integer> killNpcs() {
        return Set.of();
    }

    /** The quest's own items: taken from the player when the quest is aborted from the quest window. */
    default Set<Integer> questItems() {
        return Set.of();
    }

    /** The player talks to one of the quest's NPCs about this quest. */
    void onTalk(NpcEvent e, QuestState qs);

    /** The player clicked one of the quest's links. */
    default void onEvent(NpcEvent e, QuestState qs, String event) {}

    /** The player killed one of {@link #killNpcs()}. */
    default void onKill(NpcEvent e, QuestState qs) {}

    /** The player, with the quest started, hit one of {@link #killNpcs()} for {@code damage} HP. */
    default void onAttack(NpcEvent e, QuestState qs, int damage) {}

    /**
     * The player, with the quest started, cast a skill within 1000 units of one of {@link #killNpcs()} or {@link
     * #talkNpcs()}; {@code targeted} when the NPC was a target.
     */
    default void onSkillSee(NpcEvent e, QuestState qs, int skillId, int skillLevel, boolean targeted) {}

    /** One of {@link #killNpcs()} or {@link #talkNpcs()} appeared in the world. */
    default void onSpawn(NpcContext e) {}

    /**
     * A named timer this quest started went off; {@code e} is an NpcEvent when it was started in a player's event
     * ({@code e.quests().of(id())} is then the player's state).
     */
    default void onTimer(NpcContext e, String name) {}

    /** Names of datapack zones whose entry this quest hears (for players with the quest started). */
    default Set<String> zones() {
        return Set.of();
    }

    /** A player with the quest started entered the world (also when coming back to a character that lingered). */
    default void onEnterWorld(PlayerEvent e, QuestState qs) {}

    /**
     * The level of a player with the quest started went up to {@code level} (kills, quest rewards): once for each
     * level gained, so a quest waiting for level 10 is not skipped by a jump from 9 to 11.
     */
    default void onLevelUp(PlayerEvent e, QuestState qs, int level) {}

    /** A player with the quest started entered one of {@link #zones()}. */
    default void onEnterZone(PlayerEvent e, QuestState qs, String zone) {}
}
