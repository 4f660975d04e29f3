// Path of the Palus Knight (quest 410): the first class change of a Dark Fighter. Master Virgil wants thirteen
// Lycanthrope skulls, then sends the candidate with his letter to Kalinta, who asks for an Arachnid Tracker's silk
// (five) and a Venomous Spider's carapace before she gives the Coffin of Eternal Rest; Virgil answers it with the
// Gaze of Abyss, the proof the village master asks for. From level 18. Ids, steps and rewards are the game's; the
// words are ours.
import org.aden.game.script.api.Items
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.Quest
import org.aden.game.script.api.QuestState

class PathOfThePalusKnight implements Quest {
    static final int VIRGIL = 30329
    static final int KALINTA = 30422
    static final int VENOMOUS_SPIDER = 20038
    static final int ARACHNID_TRACKER = 20043
    static final int LYCANTHROPE = 20049

    static final int PALUS_TALISMAN = 1237
    static final int LYCANTHROPE_SKULL = 1238
    static final int VIRGILS_LETTER = 1239
    static final int MORTE_TALISMAN = 1240
    static final int SPIDERS_CARAPACE = 1241
    static final int TRACKER_SILK = 1242
    static final int COFFIN_OF_ETERNAL_REST = 1243
    static final int GAZE_OF_ABYSS = 1244

    static final int DARK_FIGHTER = 31
    static final int PALUS_KNIGHT = 32
    static final int MIN_LEVEL = 18
    static final int SKULLS = 13
    static final int SILKS = 5

    int id() { 410 }
    String name() { 'Q00410_PathOfThePalusKnight' }
    String title() { 'Path of the Palus Knight' }
    Set<Integer> startNpcs() { [VIRGIL] as Set }
    Set<Integer> talkNpcs() { [VIRGIL, KALINTA] as Set }
    Set<Integer> killNpcs() { [VENOMOUS_SPIDER, ARACHNID_TRACKER, LYCANTHROPE] as Set }
    Set<Integer> questItems() {
        [PALUS_TALISMAN, LYCANTHROPE_SKULL, VIRGILS_LETTER, MORTE_TALISMAN, SPIDERS_CARAPACE, TRACKER_SILK,
         COFFIN_OF_ETERNAL_REST] as Set
    }

    void onEvent(NpcEvent e, QuestState qs, String event) {
        Items items = e.items()
        int npc = e.npc().npcId()
        if (npc == VIRGIL && event == 'ask' && !qs.isStarted()) {
            int cls = e.player().classId()
            if (cls == PALUS_KNIGHT) {
                e.dialogue().showPage('virgil-already.htm')
            } else if (cls != DARK_FIGHTER) {
                e.dialogue().showPage('virgil-not-a-dark-fighter.htm')
            } else if (e.player().level() < MIN_LEVEL) {
                e.dialogue().showPage('virgil-too-young.htm')
            } else if (items.count(GAZE_OF_ABYSS) > 0) {
                e.dialogue().showPage('virgil-has-the-gaze.htm')
            } else {
                e.dialogue().showPage('virgil-explains.htm')
            }
        } else if (npc == VIRGIL && event == 'accept' && qs.isCreated() && e.player().classId() == DARK_FIGHTER
                && e.player().level() >= MIN_LEVEL && items.count(GAZE_OF_ABYSS) == 0) {
            qs.start()
            items.give(PALUS_TALISMAN, 1)
            e.dialogue().showPage('virgil-accepted.htm')
        } else if (npc == VIRGIL && event == 'skulls' && qs.cond() == 2 && items.count(PALUS_TALISMAN) > 0
                && items.take(LYCANTHROPE_SKULL, SKULLS)) {
            items.take(PALUS_TALISMAN, 1)
            items.give(VIRGILS_LETTER, 1)
            qs.setCond(3)
            e.dialogue().showPage('virgil-letter.htm')
        } else if (npc == KALINTA && event == 'letter' && qs.cond() == 3 && items.take(VIRGILS_LETTER, 1)) {
            items.give(MORTE_TALISMAN, 1)
            qs.setCond(4)
            e.dialogue().showPage('kalinta-task.htm')
        } else if (npc == KALINTA && event == 'coffin' && qs.cond() == 5 && items.count(MORTE_TALISMAN) > 0
                && items.count(SPIDERS_CARAPACE) > 0 && items.take(TRACKER_SILK, SILKS)) {
            items.take(MORTE_TALISMAN, 1)
            items.take(SPIDERS_CARAPACE, 1)
            items.give(COFFIN_OF_ETERNAL_REST, 1)
            qs.setCond(6)
            e.dialogue().showPage('kalinta-coffin.htm')
        }
    }

    void onKill(NpcEvent e, QuestState qs) {
        Items items = e.items()
        int npc = e.npc().npcId()
        if (npc == LYCANTHROPE && qs.cond() == 1 && items.count(LYCANTHROPE_SKULL) < SKULLS) {
            items.give(LYCANTHROPE_SKULL, 1)
            if (items.count(LYCANTHROPE_SKULL) >= SKULLS) {
                qs.setCond(2)
            }
        } else if (qs.cond() == 4 && npc == VENOMOUS_SPIDER && items.count(SPIDERS_CARAPACE) == 0) {
            items.give(SPIDERS_CARAPACE, 1)
            spiderPartsDone(items, qs)
        } else if (qs.cond() == 4 && npc == ARACHNID_TRACKER && items.count(TRACKER_SILK) < SILKS) {
            items.give(TRACKER_SILK, 1)
            spiderPartsDone(items, qs)
        }
    }

    static void spiderPartsDone(Items items, QuestState qs) {
        if (items.count(SPIDERS_CARAPACE) > 0 && items.count(TRACKER_SILK) >= SILKS) {
            qs.setCond(5)
        }
    }

    /** The reward grows the sooner the candidate comes back (the game's figures). */
    static void reward(NpcEvent e, QuestState qs) {
        int level = e.player().level()
        if (level >= 20) {
            qs.addExpAndSp(320534, 26212)
        } else if (level == 19) {
            qs.addExpAndSp(456128, 32910)
        } else {
            qs.addExpAndSp(591724, 39608)
        }
    }

    void onTalk(NpcEvent e, QuestState qs) {
        Items items = e.items()
        int cond = qs.cond()
        if (e.npc().npcId() == VIRGIL) {
            if (!qs.isStarted()) {
                e.dialogue().showPage('virgil-first.htm')
            } else if (cond == 1) {
                e.dialogue().showPage('virgil-hunting.htm', [count: items.count(LYCANTHROPE_SKULL)])
            } else if (cond == 2) {
                e.dialogue().showPage('virgil-skulls.htm')
            } else if (cond == 6 && items.take(COFFIN_OF_ETERNAL_REST, 1)) {
                items.give(Items.ADENA, 163800)
                items.give(GAZE_OF_ABYSS, 1)
                reward(e, qs)
                qs.complete()
                e.dialogue().showPage('virgil-reward.htm')
            } else {
                e.dialogue().showPage('virgil-go-to-kalinta.htm')
            }
        } else if (e.npc().npcId() == KALINTA) {
            if (cond == 3) {
                e.dialogue().showPage('kalinta-letter.htm')
            } else if (cond == 4) {
                e.dialogue().showPage('kalinta-waiting.htm',
                        [silk: items.count(TRACKER_SILK), carapace: items.count(SPIDERS_CARAPACE)])
            } else if (cond == 5) {
                e.dialogue().showPage('kalinta-parts.htm')
            } else if (cond == 6) {
                e.dialogue().showPage('kalinta-after.htm')
            }
        }
    }
}

new PathOfThePalusKnight()
