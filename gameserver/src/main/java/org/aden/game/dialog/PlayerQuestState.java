package org.aden.game.dialog;

import org.aden.game.actor.Player;
import org.aden.game.quest.ExpGain;
import org.aden.game.quest.QuestLog;
import org.aden.game.quest.QuestRecord;
import org.aden.game.quest.QuestStore;
import org.aden.game.script.api.QuestState;

/**
 * A script's handle on one player's progress in one quest. Every change goes to the player's {@link QuestLog} at
 * once, is written through the {@link QuestStore} (off the world thread) and refreshes the quest window. World
 * thread only.
 */
public final class PlayerQuestState implements QuestState {
    private final Player player;
    private final String name;
    private final int questId;
    private final QuestStore store;
    private final ExpGain exp;

    public PlayerQuestState(Player player, String name, int questId, QuestStore store, ExpGain exp) {
        this.player = player;
        this.name = name;
        this.questId = questId;
        this.store = store;
        this.exp = exp;
    }

    private QuestRecord record() {
        QuestRecord q = QuestLog.of(player).get(name);
        return q == null ? QuestRecord.created(name, questId) : q;
    }

    @Override
    public int questId() {
        return questId;
    }

    @Override
    public boolean isCreated() {
        return QuestRecord.CREATED.equals(record().state());
    }

    @Override
    public boolean isStarted() {
        return record().isStarted();
    }

    @Override
    public boolean isCompleted() {
        return QuestRecord.COMPLETED.equals(record().state());
    }

    @Override
    public int cond() {
        return record().cond();
    }

    @Override
    public void start() {
        if (!isCreated()) {
            throw new IllegalStateException("quest " + name + " is already " + record().state());
        }
        write(record().withState(QuestRecord.STARTED, 1));
    }

    @Override
    public void setCond(int cond) {
        if (!isStarted()) {
            throw new IllegalStateException("quest " + name + " is not started");
        }
        if (cond < 1) {
            throw new IllegalArgumentException("step " + cond);
        }
        if (cond != cond()) {
            write(record().withState(QuestRecord.STARTED, cond));
        }
    }

    @Override
    public void complete() {
        if (!isStarted()) {
            throw new IllegalStateException("quest " + name + " is not started");
        }
        QuestRecord done = new QuestRecord(name, questId, QuestRecord.COMPLETED, 0, java.util.Map.of());
        write(done);
    }

    @Override
    public void abandon() {
        if (QuestLog.of(player).get(name) == null) {
            return;
        }
        QuestLog.of(player).remove(name);
        store.delete(player.objectId(), name);
        player.send(QuestLog.of(player).questList());
    }

    @Override
    public String get(String key) {
        return record().vars().get(key);
    }

    @Override
    public void set(String key, String value) {
        if (!isStarted()) {
            throw new IllegalStateException("quest " + name + " is not started");
        }
        if (!java.util.Objects.equals(get(key), value)) {
            write(record().withVar(key, value));
        }
    }

    @Override
    public void addExpAndSp(long expGained, int sp) {
        if (expGained < 0 || sp < 0) {
            throw new IllegalArgumentException("exp " + expGained + ", sp " + sp);
        }
        exp.gain(player, expGained, sp);
    }

    private void write(QuestRecord q) {
        QuestLog.of(player).put(q);
        store.save(player.objectId(), q);
        player.send(QuestLog.of(player).questList());
    }
}
