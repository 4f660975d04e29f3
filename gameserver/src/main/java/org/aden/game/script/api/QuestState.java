package org.aden.game.script.api;

/**
 * One player's progress in one quest: its state, its step ("cond", shown in the quest window) and the quest's own
 * variables. Persisted per character on every change.
 */
public interface QuestState {
    int questId();

    boolean isCreated();

    boolean isStarted();

    boolean isCompleted();

    /** The current step (0 before the start). */
    int cond();

    /** Starts the quest at step 1 (it appears in the quest window). */
    void start();

    /** Moves to a step of a started quest. */
    void setCond(int cond);

    /** Finishes the quest: it leaves the quest window and cannot be taken again. */
    void complete();

    /** Drops the quest: its state and variables are removed, as if never taken. */
    void abandon();

    String get(String name);

    /** Sets a variable of a started quest (null removes it). */
    void set(String name, String value);

    /** A quest reward in experience and skill points (levels up as kills do). */
    void addExpAndSp(long exp, int sp);
}
