package org.aden.game.quest;

/** An active quest and its current step, as the quest window shows it. */
public record QuestEntry(int questId, int cond) {}
