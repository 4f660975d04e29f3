package org.aden.game.quest;

import java.util.List;
import org.aden.game.actor.Player;
import org.aden.game.network.server.quest.QuestList;

/** A player's active quests and their steps. A component of {@link Player}; world thread only. */
public final class QuestLog {
    private List<QuestEntry> quests;

    public QuestLog(List<QuestEntry> quests) {
        this.quests = List.copyOf(quests);
    }

    public static QuestLog of(Player p) {
        return p.component(QuestLog.class);
    }

    public QuestList questList() {
        return new QuestList(quests.stream()
                .map(q -> new QuestList.Entry(q.questId(), q.cond()))
                .toList());
    }

    public List<QuestEntry> quests() {
        return quests;
    }
}
