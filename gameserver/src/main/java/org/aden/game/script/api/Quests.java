package org.aden.game.script.api;

/** A player's quests. */
public interface Quests {
    /** The player's state of a quest; a fresh "created" state when the player never took it. */
    QuestState of(int questId);
}
