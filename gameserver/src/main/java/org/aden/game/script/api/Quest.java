package org.aden.game.script.api;

import java.util.Set;

/**
 * A quest: every {@code scripts/quests/<folder>/*.groovy} evaluates to one; its pages live beside it. The engine
 * offers the quest at its start NPCs, routes talks with its NPCs to {@link #onTalk}, its links
 * ({@code npc_%objectId%_Quest <id> <event>}) to {@link #onEvent} and kills of its monsters to {@link #onKill}.
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
}
