// Path of the Elven Knight (quest 406): the first class change of an Elven Fighter. Master Sorius asks for twenty
// topaz pieces from the skeletons of the ruins, then sends the candidate to Blacksmith Kluto, who needs twenty
// emerald pieces from the Ol Mahum Novices to finish his work; Kluto's box brings the Elven Knight Brooch, the
// proof the village master asks for. From level 18. Ids, chances, steps and rewards are the game's; the words are
// ours.
import org.aden.game.script.api.Items
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.Quest
import org.aden.game.script.api.QuestState

class PathOfTheElvenKnight implements Quest {
    static final int SORIUS = 30327
    static final int KLUTO = 30317
    /** Skeletons and spartoi of the ruins: a topaz piece seven times in ten. */
    static final Set<Integer> TOPAZ_CARRIERS = [20035, 20042, 20045, 20051, 20054, 20060] as Set
    static final int OL_MAHUM_NOVICE = 20782 // an emerald piece one time in two

    static final int SORIUS_LETTER = 1202
    static final int KLUTOS_BOX = 1203
    static final int ELVEN_KNIGHT_BROOCH = 1204
    static final int TOPAZ_PIECE = 1205
    static final int EMERALD_PIECE = 1206
    static final int KLUTOS_MEMO = 1276

    static final int ELVEN_FIGHTER = 18
    static final int ELVEN_KNIGHT = 19
    static final int MIN_LEVEL = 18
    static final double TOPAZ_CHANCE = 70
    static final double EMERALD_CHANCE = 50
    static final int PIECES = 20

    int id() { 406 }
    String name() { 'Q00406_PathOfTheElvenKnight' }
    String title() { 'Path of the Elven Knight' }
    Set<Integer> startNpcs() { [SORIUS] as Set }
    Set<Integer> talkNpcs() { [SORIUS, KLUTO] as Set }
    Set<Integer> killNpcs() { TOPAZ_CARRIERS + [OL_MAHUM_NOVICE] }
    Set<Integer> questItems() { [SORIUS_LETTER, KLUTOS_BOX, TOPAZ_PIECE, EMERALD_PIECE, KLUTOS_MEMO] as Set }

    void onEvent(NpcEvent e, QuestState qs, String event) {
        Items items = e.items()
        int npc = e.npc().npcId()
        if (npc == SORIUS && event == 'ask' && !qs.isStarted()) {
            int cls = e.player().classId()
            if (cls == ELVEN_KNIGHT) {
                e.dialogue().showPage('sorius-already.htm')
            } else if (cls != ELVEN_FIGHTER) {
                e.dialogue().showPage('sorius-not-an-elven-fighter.htm')
            } else if (e.player().level() < MIN_LEVEL) {
                e.dialogue().showPage('sorius-too-young.htm')
            } else if (items.count(ELVEN_KNIGHT_BROOCH) > 0) {
                e.dialogue().showPage('sorius-has-the-brooch.htm')
            } else {
                e.dialogue().showPage('sorius-explains.htm')
            }
        } else if (npc == SORIUS && event == 'accept' && qs.isCreated() && e.player().classId() == ELVEN_FIGHTER
                && e.player().level() >= MIN_LEVEL && items.count(ELVEN_KNIGHT_BROOCH) == 0) {
            qs.start()
            e.dialogue().showPage('sorius-accepted.htm')
        } else if (npc == KLUTO && event == 'letter' && qs.cond() == 3 && items.take(SORIUS_LETTER, 1)) {
            items.give(KLUTOS_MEMO, 1)
            qs.setCond(4)
            e.dialogue().showPage('kluto-memo.htm')
        }
    }

    void onKill(NpcEvent e, QuestState qs) {
        Items items = e.items()
        int npc = e.npc().npcId()
        if (TOPAZ_CARRIERS.contains(npc) && qs.cond() == 1 && items.count(TOPAZ_PIECE) < PIECES
                && e.world().chance(TOPAZ_CHANCE)) {
            items.give(TOPAZ_PIECE, 1)
            if (items.count(TOPAZ_PIECE) >= PIECES) {
                qs.setCond(2)
            }
        } else if (npc == OL_MAHUM_NOVICE && qs.cond() == 4 && items.count(EMERALD_PIECE) < PIECES
                && e.world().chance(EMERALD_CHANCE)) {
            items.give(EMERALD_PIECE, 1)
            if (items.count(EMERALD_PIECE) >= PIECES) {
                qs.setCond(5)
            }
        }
    }

    /** The game's figures, by the level the candidate comes back at. */
    static void reward(NpcEvent e, QuestState qs) {
        int level = e.player().level()
        if (level >= 20) {
            qs.addExpAndSp(320534, 23152)
        } else if (level == 19) {
            qs.addExpAndSp(456128, 29850)
        } else {
            qs.addExpAndSp(591724, 33328)
        }
    }

    void onTalk(NpcEvent e, QuestState qs) {
        Items items = e.items()
        int cond = qs.cond()
        if (e.npc().npcId() == SORIUS) {
            if (!qs.isStarted()) {
                e.dialogue().showPage('sorius-first.htm')
            } else if (cond == 1) {
                e.dialogue().showPage('sorius-hunting.htm', [count: items.count(TOPAZ_PIECE)])
            } else if (cond == 2) {
                items.give(SORIUS_LETTER, 1)
                qs.setCond(3)
                e.dialogue().showPage('sorius-letter.htm')
            } else if (cond == 6 && items.take(KLUTOS_BOX, 1)) {
                items.give(Items.ADENA, 163800)
                items.give(ELVEN_KNIGHT_BROOCH, 1)
                reward(e, qs)
                qs.complete()
                e.dialogue().showPage('sorius-reward.htm')
            } else {
                e.dialogue().showPage('sorius-go-to-kluto.htm')
            }
        } else if (e.npc().npcId() == KLUTO) {
            if (cond == 3) {
                e.dialogue().showPage('kluto-letter.htm')
            } else if (cond == 4) {
                e.dialogue().showPage('kluto-hunting.htm', [count: items.count(EMERALD_PIECE)])
            } else if (cond == 5 && items.count(KLUTOS_MEMO) > 0 && items.count(TOPAZ_PIECE) >= PIECES
                    && items.take(EMERALD_PIECE, PIECES)) {
                items.take(TOPAZ_PIECE, PIECES)
                items.take(KLUTOS_MEMO, 1)
                items.give(KLUTOS_BOX, 1)
                qs.setCond(6)
                e.dialogue().showPage('kluto-box.htm')
            } else if (cond == 6) {
                e.dialogue().showPage('kluto-after.htm')
            }
        }
    }
}

new PathOfTheElvenKnight()
