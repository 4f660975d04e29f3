package org.aden.game.quest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aden.game.actor.Player;
import org.aden.game.network.server.quest.QuestList;

/**
 * A player's quests (every state, by quest name), the quest window showing the started ones with their steps. A
 * component of {@link Player}; world thread only.
 */
public final class QuestLog {
    private final Map<String, QuestRecord> quests = new LinkedHashMap<>();

    public QuestLog(List<QuestRecord> quests) {
        quests.forEach(q -> this.quests.put(q.name(), q));
    }

    public static QuestLog of(Player p) {
        return p.component(QuestLog.class);
    }

    public QuestList questList() {
        return new QuestList(started().stream()
                .filter(q -> q.questId() > 0)
                .map(q -> new QuestList.Entry(q.questId(), q.cond()))
                .toList());
    }

    /** The quest window's rows: started quests and their steps. */
    public List<QuestEntry> quests() {
        return started().stream()
                .map(q -> new QuestEntry(q.questId(), q.cond()))
                .toList();
    }

    private List<QuestRecord> started() {
        return quests.values().stream().filter(QuestRecord::isStarted).toList();
    }

    /** The stored progress in a quest, or null when the player never took it. */
    public QuestRecord get(String name) {
        return quests.get(name);
    }

    public void put(QuestRecord q) {
        quests.put(q.name(), q);
    }

    public void remove(String name) {
        quests.remove(name);
    }
}
