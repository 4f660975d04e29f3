// Path of the Orc Raider (quest 414): the first class change of an Orc Fighter. Prefect Karukia wants ten teeth of
// the Kuruka Ratman Leader, who hides among the Goblin Tomb Raiders: every leader of theirs killed leaves green
// blood, and the more blood on the candidate's hands the likelier the Kuruka Leader comes out to fight. Then two
// betrayers hiding among the Umbar Orcs must die, and Prefect Kasman gives the Mark of Raider, the proof the village
// master asks for. From level 18. Ids, chances, steps and rewards are the game's (the quest's road through Kasman;
// its later branch through Prefect Tazeer is not written); the words are ours.
import org.aden.game.script.api.Items
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.Quest
import org.aden.game.script.api.QuestState

class PathOfTheOrcRaider implements Quest {
    static final int KARUKIA = 30570
    static final int KASMAN = 30501
    static final int GOBLIN_TOMB_RAIDER_LEADER = 20320
    static final int KURUKA_RATMAN_LEADER = 27045 // a quest monster: only the green blood draws it out
    static final int UMBAR_ORC = 27054

    static final int GREEN_BLOOD = 1578
    static final int GOBLIN_DWELLING_MAP = 1579
    static final int KURUKA_RATMAN_TOOTH = 1580
    static final int UMBARS_REPORT = 1589 // the two Betrayer's Reports
    static final int ZAKANS_REPORT = 1590
    static final int HEAD_OF_BETRAYER = 1591
    static final int MARK_OF_RAIDER = 1592

    static final int ORC_FIGHTER = 44
    static final int ORC_RAIDER = 45
    static final int MIN_LEVEL = 18
    static final double LEADER_CHANCE_PER_BLOOD = 5 // percent per green blood carried
    static final int MAX_BLOOD = 20
    static final double HEAD_CHANCE = 20
    static final int TEETH = 10
    static final int HEADS = 2

    int id() { 414 }
    String name() { 'Q00414_PathOfTheOrcRaider' }
    String title() { 'Path of the Orc Raider' }
    Set<Integer> startNpcs() { [KARUKIA] as Set }
    Set<Integer> talkNpcs() { [KARUKIA, KASMAN] as Set }
    Set<Integer> killNpcs() { [GOBLIN_TOMB_RAIDER_LEADER, KURUKA_RATMAN_LEADER, UMBAR_ORC] as Set }
    Set<Integer> questItems() {
        [GREEN_BLOOD, GOBLIN_DWELLING_MAP, KURUKA_RATMAN_TOOTH, UMBARS_REPORT, ZAKANS_REPORT, HEAD_OF_BETRAYER] as Set
    }

    void onEvent(NpcEvent e, QuestState qs, String event) {
        Items items = e.items()
        int npc = e.npc().npcId()
        if (npc == KARUKIA && event == 'ask' && !qs.isStarted()) {
            int cls = e.player().classId()
            if (cls == ORC_RAIDER) {
                e.dialogue().showPage('karukia-already.htm')
            } else if (cls != ORC_FIGHTER) {
                e.dialogue().showPage('karukia-not-an-orc-fighter.htm')
            } else if (e.player().level() < MIN_LEVEL) {
                e.dialogue().showPage('karukia-too-young.htm')
            } else if (items.count(MARK_OF_RAIDER) > 0) {
                e.dialogue().showPage('karukia-has-the-mark.htm')
            } else {
                e.dialogue().showPage('karukia-explains.htm')
            }
        } else if (npc == KARUKIA && event == 'accept' && qs.isCreated() && e.player().classId() == ORC_FIGHTER
                && e.player().level() >= MIN_LEVEL && items.count(MARK_OF_RAIDER) == 0) {
            qs.start()
            items.give(GOBLIN_DWELLING_MAP, 1)
            e.dialogue().showPage('karukia-accepted.htm')
        } else if (npc == KARUKIA && event == 'reports' && qs.cond() == 2 && items.count(GOBLIN_DWELLING_MAP) > 0
                && items.take(KURUKA_RATMAN_TOOTH, TEETH)) {
            items.take(GOBLIN_DWELLING_MAP, 1)
            items.give(UMBARS_REPORT, 1)
            items.give(ZAKANS_REPORT, 1)
            qs.setCond(3)
            e.dialogue().showPage('karukia-reports.htm')
        }
    }

    void onKill(NpcEvent e, QuestState qs) {
        Items items = e.items()
        int npc = e.npc().npcId()
        if (qs.cond() == 1 && npc == GOBLIN_TOMB_RAIDER_LEADER && items.count(GOBLIN_DWELLING_MAP) > 0
                && items.count(KURUKA_RATMAN_TOOTH) < TEETH && items.count(GREEN_BLOOD) <= MAX_BLOOD) {
            long blood = items.count(GREEN_BLOOD)
            if (blood > 0 && e.world().chance(blood * LEADER_CHANCE_PER_BLOOD)) {
                items.take(GREEN_BLOOD, blood)
                e.world().spawnAttacker(KURUKA_RATMAN_LEADER)
            } else {
                items.give(GREEN_BLOOD, 1)
            }
        } else if (qs.cond() == 1 && npc == KURUKA_RATMAN_LEADER && items.count(GOBLIN_DWELLING_MAP) > 0
                && items.count(KURUKA_RATMAN_TOOTH) < TEETH) {
            long blood = items.count(GREEN_BLOOD)
            if (blood > 0) {
                items.take(GREEN_BLOOD, blood)
            }
            items.give(KURUKA_RATMAN_TOOTH, 1)
            if (items.count(KURUKA_RATMAN_TOOTH) >= TEETH) {
                qs.setCond(2)
            }
        } else if (qs.cond() == 3 && npc == UMBAR_ORC && items.count(HEAD_OF_BETRAYER) < HEADS
                && e.world().chance(HEAD_CHANCE)) {
            // each head answers one of the two reports
            if (!items.take(ZAKANS_REPORT, 1) && !items.take(UMBARS_REPORT, 1)) {
                return
            }
            items.give(HEAD_OF_BETRAYER, 1)
            if (items.count(HEAD_OF_BETRAYER) >= HEADS) {
                qs.setCond(4)
            }
        }
    }

    /** The game's figures, by the level the candidate comes back at. */
    static void reward(NpcEvent e, QuestState qs) {
        int level = e.player().level()
        if (level >= 20) {
            qs.addExpAndSp(320534, 21312)
        } else if (level == 19) {
            qs.addExpAndSp(456128, 28010)
        } else {
            qs.addExpAndSp(591724, 34708)
        }
    }

    void onTalk(NpcEvent e, QuestState qs) {
        Items items = e.items()
        int cond = qs.cond()
        if (e.npc().npcId() == KARUKIA) {
            if (!qs.isStarted()) {
                e.dialogue().showPage('karukia-first.htm')
            } else if (cond == 1) {
                e.dialogue().showPage('karukia-hunting.htm', [count: items.count(KURUKA_RATMAN_TOOTH)])
            } else if (cond == 2) {
                e.dialogue().showPage('karukia-teeth.htm')
            } else {
                e.dialogue().showPage('karukia-go-to-kasman.htm')
            }
        } else if (e.npc().npcId() == KASMAN) {
            if (cond == 3) {
                e.dialogue().showPage('kasman-betrayers.htm', [count: items.count(HEAD_OF_BETRAYER)])
            } else if (cond == 4 && items.take(HEAD_OF_BETRAYER, HEADS)) {
                items.give(Items.ADENA, 163800)
                items.give(MARK_OF_RAIDER, 1)
                reward(e, qs)
                qs.complete()
                e.dialogue().showPage('kasman-reward.htm')
            }
        }
    }
}

new PathOfTheOrcRaider()
