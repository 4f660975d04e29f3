// Path of the Artisan (quest 418): the first class change of a Dwarven Fighter, by the smiths' road. Blacksmith
// Silvera wants ten Boogle Ratman teeth and two of their leaders' teeth for the first pass certificate; Blacksmith
// Kluto sends the candidate to Blacksmith Pinter, whose secret box was stolen by the Vuku Orcs; with the box back
// and Pinter's second certificate, Kluto grants the Final Pass Certificate, the proof the village master asks for.
// From level 18. Ids, chances, steps and rewards are the game's (the smiths' road of the quest; its later branch
// through Railroad Worker Obi is not written); the words are ours.
import org.aden.game.script.api.Items
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.Quest
import org.aden.game.script.api.QuestState

class PathOfTheArtisan implements Quest {
    static final int SILVERA = 30527
    static final int PINTER = 30298
    static final int KLUTO = 30317
    static final int VUKU_ORC_FIGHTER = 20017
    static final int BOOGLE_RATMAN = 20389
    static final int BOOGLE_RATMAN_LEADER = 20390

    static final int SILVERAS_RING = 1632
    static final int FIRST_PASS = 1633
    static final int SECOND_PASS = 1634
    static final int FINAL_PASS = 1635
    static final int RATMAN_TOOTH = 1636
    static final int LEADERS_TOOTH = 1637
    static final int KLUTOS_LETTER = 1638
    static final int FOOTPRINT_OF_THIEF = 1639
    static final int STOLEN_SECRET_BOX = 1640
    static final int SECRET_BOX = 1641

    static final int DWARVEN_FIGHTER = 53
    static final int ARTISAN = 56
    static final int MIN_LEVEL = 18
    static final double TOOTH_CHANCE = 70
    static final double LEADERS_TOOTH_CHANCE = 50
    static final double BOX_CHANCE = 20
    static final int TEETH = 10
    static final int LEADERS_TEETH = 2

    int id() { 418 }
    String name() { 'Q00418_PathOfTheArtisan' }
    String title() { 'Path of the Artisan' }
    Set<Integer> startNpcs() { [SILVERA] as Set }
    Set<Integer> talkNpcs() { [SILVERA, PINTER, KLUTO] as Set }
    Set<Integer> killNpcs() { [VUKU_ORC_FIGHTER, BOOGLE_RATMAN, BOOGLE_RATMAN_LEADER] as Set }
    Set<Integer> questItems() {
        [SILVERAS_RING, FIRST_PASS, SECOND_PASS, RATMAN_TOOTH, LEADERS_TOOTH, KLUTOS_LETTER, FOOTPRINT_OF_THIEF,
         STOLEN_SECRET_BOX, SECRET_BOX] as Set
    }

    void onEvent(NpcEvent e, QuestState qs, String event) {
        Items items = e.items()
        int npc = e.npc().npcId()
        int cond = qs.cond()
        if (npc == SILVERA && event == 'ask' && !qs.isStarted()) {
            int cls = e.player().classId()
            if (cls == ARTISAN) {
                e.dialogue().showPage('silvera-already.htm')
            } else if (cls != DWARVEN_FIGHTER) {
                e.dialogue().showPage('silvera-not-a-dwarven-fighter.htm')
            } else if (e.player().level() < MIN_LEVEL) {
                e.dialogue().showPage('silvera-too-young.htm')
            } else if (items.count(FINAL_PASS) > 0) {
                e.dialogue().showPage('silvera-has-the-pass.htm')
            } else {
                e.dialogue().showPage('silvera-explains.htm')
            }
        } else if (npc == SILVERA && event == 'accept' && qs.isCreated() && e.player().classId() == DWARVEN_FIGHTER
                && e.player().level() >= MIN_LEVEL && items.count(FINAL_PASS) == 0) {
            qs.start()
            items.give(SILVERAS_RING, 1)
            e.dialogue().showPage('silvera-accepted.htm')
        } else if (npc == SILVERA && event == 'teeth' && cond == 2 && items.count(SILVERAS_RING) > 0
                && items.count(LEADERS_TOOTH) >= LEADERS_TEETH && items.take(RATMAN_TOOTH, TEETH)) {
            items.take(LEADERS_TOOTH, LEADERS_TEETH)
            items.take(SILVERAS_RING, 1)
            items.give(FIRST_PASS, 1)
            qs.setCond(3)
            e.dialogue().showPage('silvera-first-pass.htm')
        } else if (npc == KLUTO && event == 'letter' && cond == 3 && items.count(FIRST_PASS) > 0) {
            items.give(KLUTOS_LETTER, 1)
            qs.setCond(4)
            e.dialogue().showPage('kluto-letter.htm')
        } else if (npc == PINTER && event == 'letter' && cond == 4 && items.take(KLUTOS_LETTER, 1)) {
            items.give(FOOTPRINT_OF_THIEF, 1)
            qs.setCond(5)
            e.dialogue().showPage('pinter-footprint.htm')
        } else if (npc == PINTER && event == 'box' && cond == 6 && items.count(FOOTPRINT_OF_THIEF) > 0
                && items.take(STOLEN_SECRET_BOX, 1)) {
            items.take(FOOTPRINT_OF_THIEF, 1)
            items.give(SECOND_PASS, 1)
            items.give(SECRET_BOX, 1)
            qs.setCond(7)
            e.dialogue().showPage('pinter-second-pass.htm')
        } else if (npc == KLUTO && event == 'final' && cond == 7 && items.count(FIRST_PASS) > 0
                && items.count(SECOND_PASS) > 0 && items.take(SECRET_BOX, 1)) {
            items.take(FIRST_PASS, 1)
            items.take(SECOND_PASS, 1)
            items.give(Items.ADENA, 163800)
            items.give(FINAL_PASS, 1)
            reward(e, qs)
            qs.complete()
            e.dialogue().showPage('kluto-final-pass.htm')
        }
    }

    void onKill(NpcEvent e, QuestState qs) {
        Items items = e.items()
        int npc = e.npc().npcId()
        if (qs.cond() == 1 && npc == BOOGLE_RATMAN && items.count(RATMAN_TOOTH) < TEETH
                && e.world().chance(TOOTH_CHANCE)) {
            items.give(RATMAN_TOOTH, 1)
            teethDone(items, qs)
        } else if (qs.cond() == 1 && npc == BOOGLE_RATMAN_LEADER && items.count(LEADERS_TOOTH) < LEADERS_TEETH
                && e.world().chance(LEADERS_TOOTH_CHANCE)) {
            items.give(LEADERS_TOOTH, 1)
            teethDone(items, qs)
        } else if (qs.cond() == 5 && npc == VUKU_ORC_FIGHTER && items.count(STOLEN_SECRET_BOX) == 0
                && e.world().chance(BOX_CHANCE)) {
            items.give(STOLEN_SECRET_BOX, 1)
            qs.setCond(6)
        }
    }

    static void teethDone(Items items, QuestState qs) {
        if (items.count(RATMAN_TOOTH) >= TEETH && items.count(LEADERS_TOOTH) >= LEADERS_TEETH) {
            qs.setCond(2)
        }
    }

    /** The game's figures, by the level the candidate comes back at. */
    static void reward(NpcEvent e, QuestState qs) {
        int level = e.player().level()
        if (level >= 20) {
            qs.addExpAndSp(320534, 32452)
        } else if (level == 19) {
            qs.addExpAndSp(456128, 30150)
        } else {
            qs.addExpAndSp(591724, 36848)
        }
    }

    void onTalk(NpcEvent e, QuestState qs) {
        Items items = e.items()
        int cond = qs.cond()
        int npc = e.npc().npcId()
        if (npc == SILVERA) {
            if (!qs.isStarted()) {
                e.dialogue().showPage('silvera-first.htm')
            } else if (cond == 1) {
                e.dialogue().showPage('silvera-hunting.htm',
                        [teeth: items.count(RATMAN_TOOTH), leaders: items.count(LEADERS_TOOTH)])
            } else if (cond == 2) {
                e.dialogue().showPage('silvera-teeth.htm')
            } else {
                e.dialogue().showPage('silvera-go-to-kluto.htm')
            }
        } else if (npc == KLUTO) {
            if (cond == 3) {
                e.dialogue().showPage('kluto-first-pass.htm')
            } else if (cond >= 4 && cond <= 6) {
                e.dialogue().showPage('kluto-go-to-pinter.htm')
            } else if (cond == 7) {
                e.dialogue().showPage('kluto-second-pass.htm')
            }
        } else if (npc == PINTER) {
            if (cond == 4) {
                e.dialogue().showPage('pinter-letter.htm')
            } else if (cond == 5) {
                e.dialogue().showPage('pinter-hunting.htm')
            } else if (cond == 6) {
                e.dialogue().showPage('pinter-box.htm')
            } else if (cond == 7) {
                e.dialogue().showPage('pinter-after.htm')
            }
        }
    }
}

new PathOfTheArtisan()
