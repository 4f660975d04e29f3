package org.aden.game.quest;

import java.util.Map;
import java.util.TreeMap;

/**
 * One character's progress in one quest as it is stored ({@code character_quests} and {@code character_quest_vars}).
 *
 * @param name the quest's script name, e.g. {@code Q00001_LettersOfLove} (the L2J importer keeps theirs)
 * @param state CREATED, STARTED or COMPLETED
 */
public record QuestRecord(String name, int questId, String state, int cond, Map<String, String> vars) {
    public static final String CREATED = "CREATED";
    public static final String STARTED = "STARTED";
    public static final String COMPLETED = "COMPLETED";

    public QuestRecord {
        vars = Map.copyOf(vars);
    }

    public static QuestRecord created(String name, int questId) {
        return new QuestRecord(name, questId, CREATED, 0, Map.of());
    }

    public QuestRecord withState(String newState, int newCond) {
        return new QuestRecord(name, questId, newState, newCond, vars);
    }

    /** A copy with a variable set (value null removes it). */
    public QuestRecord withVar(String key, String value) {
        Map<String, String> v = new TreeMap<>(vars);
        if (value == null) {
            v.remove(key);
        } else {
            v.put(key, value);
        }
        return new QuestRecord(name, questId, state, cond, v);
    }

    public boolean isStarted() {
        return STARTED.equals(state);
    }
}
