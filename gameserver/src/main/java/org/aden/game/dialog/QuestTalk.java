package org.aden.game.dialog;

import java.util.ArrayList;
import java.util.List;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.quest.QuestLog;
import org.aden.game.quest.QuestRecord;
import org.aden.game.script.api.Quest;
import org.aden.game.script.api.QuestState;

/**
 * Quests at NPCs (world thread). An NPC offers the quests it starts (in any state: the quest answers a finished
 * one) and the started quests it takes part in; its first page then ends with a "Quest" link. {@code Quest} lists
 * them (one quest: straight to it), {@code Quest <id>} talks about one ({@link Quest#onTalk}), {@code Quest <id>
 * <event>} is a link of the quest's pages ({@link Quest#onEvent}). Kills of a quest's monsters reach its started
 * players ({@link Quest#onKill}).
 */
final class QuestTalk {
    static final String NOTHING = "<html><body>%npcName%:<br>I have no task for you just now.</body></html>";

    private final TalkServices s;

    QuestTalk(TalkServices services) {
        this.s = services;
    }

    /** The quests this NPC has for this player, by quest id. */
    List<Quest> at(Player p, Npc n) {
        int npcId = n.template().id();
        List<Quest> out = new ArrayList<>();
        for (Quest q : s.scripts().quests().values()) {
            if (ids(q, "startNpcs", q::startNpcs).contains(npcId)
                    || (ids(q, "talkNpcs", q::talkNpcs).contains(npcId) && started(p, q))) {
                out.add(q);
            }
        }
        return out;
    }

    private java.util.Set<Integer> ids(Quest q, String what, java.util.function.Supplier<java.util.Set<Integer>> get) {
        java.util.Set<Integer> ids = s.scripts().call(q, what, get, java.util.Set.of());
        return ids == null ? java.util.Set.of() : ids;
    }

    static boolean started(Player p, Quest q) {
        QuestRecord r = QuestLog.of(p).get(q.name());
        return r != null && r.isStarted();
    }

    /** A {@code Quest ...} link; true when it named a quest of this NPC (and was answered). */
    boolean bypass(Player p, Npc n, List<String> args) {
        List<Quest> here = at(p, n);
        if (args.isEmpty()) {
            if (here.size() == 1) {
                talk(p, n, here.get(0));
            } else {
                list(p, n, here);
            }
            return true;
        }
        if (!args.get(0).matches("\\d{1,9}")) {
            return false;
        }
        int id = Integer.parseInt(args.get(0));
        Quest q = here.stream().filter(x -> x.id() == id).findFirst().orElse(null);
        if (q == null) {
            return false;
        }
        if (args.size() == 1) {
            talk(p, n, q);
            return true;
        }
        String event = String.join(" ", args.subList(1, args.size()));
        TalkEvent e = new TalkEvent(s, p, n, q);
        QuestState qs = e.of(id);
        s.scripts()
                .call(
                        q,
                        "onEvent",
                        () -> {
                            q.onEvent(e, qs, event);
                            return null;
                        },
                        null);
        return true;
    }

    private void talk(Player p, Npc n, Quest q) {
        TalkEvent e = new TalkEvent(s, p, n, q);
        QuestState qs = e.of(q.id());
        int before = OfferedLinks.of(p).pagesShown();
        s.scripts()
                .call(
                        q,
                        "onTalk",
                        () -> {
                            q.onTalk(e, qs);
                            return null;
                        },
                        null);
        if (OfferedLinks.of(p).pagesShown() == before) {
            new TalkEvent(s, p, n, null).show(NOTHING);
        }
    }

    private void list(Player p, Npc n, List<Quest> quests) {
        TalkEvent e = new TalkEvent(s, p, n, null);
        if (quests.isEmpty()) {
            e.show(NOTHING);
            return;
        }
        StringBuilder page = new StringBuilder("<html><body>%npcName%:<br>What would you talk about?<br>");
        for (Quest q : quests) {
            String title = s.scripts().call(q, "title", q::title, q.name());
            page.append("<a action=\"bypass -h npc_%objectId%_Quest ")
                    .append(q.id())
                    .append("\">")
                    .append(title)
                    .append(started(p, q) ? " (in progress)" : "")
                    .append("</a><br>");
        }
        e.show(page.append("</body></html>").toString());
    }

    /**
     * RequestQuestAbort: a started quest is dropped, its items taken (each one ledger change); a finished quest or
     * one the player does not have is left alone.
     */
    void abort(Player p, int questId) {
        Quest q = s.scripts().quests().get(questId);
        if (q == null || !started(p, q)) {
            return;
        }
        TalkEvent e = new TalkEvent(s, p, null, q);
        for (int item : ids(q, "questItems", q::questItems)) {
            long n = e.count(item);
            if (n > 0) {
                e.take(item, n);
            }
        }
        e.of(questId).abandon();
    }

    /** A player killed an NPC: each started quest that counts that monster hears of it. */
    void killed(Player p, Npc n) {
        int npcId = n.template().id();
        for (Quest q : s.scripts().quests().values()) {
            if (started(p, q) && ids(q, "killNpcs", q::killNpcs).contains(npcId)) {
                TalkEvent e = new TalkEvent(s, p, n, q);
                QuestState qs = e.of(q.id());
                s.scripts()
                        .call(
                                q,
                                "onKill",
                                () -> {
                                    q.onKill(e, qs);
                                    return null;
                                },
                                null);
            }
        }
    }
}
