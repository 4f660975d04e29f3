// Path of the Warrior (quest 401): the first class change of a Human Fighter. Master Auron sends the candidate with
// a letter to Trader Simplon, who wants ten rusted bronze swords from the Tracker Skeletons; Auron gives the best of
// them back, and with that sword in hand the candidate must take twenty legs from Venomous Spiders and Arachnid
// Trackers. The Medallion of Warrior is the proof the village master asks for. From level 18. Ids, chances, steps
// and rewards are the game's; the words are ours.
import org.aden.game.script.api.Items
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.Quest
import org.aden.game.script.api.QuestState

class PathOfTheWarrior implements Quest {
    static final int AURON = 30010
    static final int SIMPLON = 30253
    static final Set<Integer> SKELETONS = [20035, 20042] as Set // Tracker Skeleton and its Leader
    static final Set<Integer> SPIDERS = [20038, 20043] as Set // Venomous Spider, Arachnid Tracker

    static final int AURONS_LETTER = 1138
    static final int WARRIOR_GUILD_MARK = 1139
    static final int RUSTED_SWORD_FOUND = 1140 // the skeletons' swords
    static final int RUSTED_SWORD_CHOSEN = 1141 // the one Simplon keeps for Auron
    static final int RUSTED_BRONZE_SWORD = 1142 // the weapon Auron gives back
    static final int SIMPLONS_LETTER = 1143
    static final int VENOMOUS_SPIDERS_LEG = 1144
    static final int MEDALLION_OF_WARRIOR = 1145

    static final int FIGHTER = 0
    static final int WARRIOR = 1
    static final int MIN_LEVEL = 18
    static final double SWORD_CHANCE = 40 // percent, per skeleton
    static final int SWORDS = 10
    static final int LEGS = 20

    int id() { 401 }
    String name() { 'Q00401_PathOfTheWarrior' }
    String title() { 'Path of the Warrior' }
    Set<Integer> startNpcs() { [AURON] as Set }
    Set<Integer> talkNpcs() { [AURON, SIMPLON] as Set }
    Set<Integer> killNpcs() { SKELETONS + SPIDERS }
    Set<Integer> questItems() {
        [AURONS_LETTER, WARRIOR_GUILD_MARK, RUSTED_SWORD_FOUND, RUSTED_SWORD_CHOSEN, RUSTED_BRONZE_SWORD,
         SIMPLONS_LETTER, VENOMOUS_SPIDERS_LEG] as Set
    }

    void onEvent(NpcEvent e, QuestState qs, String event) {
        Items items = e.items()
        int npc = e.npc().npcId()
        if (npc == AURON && event == 'ask' && !qs.isStarted()) {
            int cls = e.player().classId()
            if (cls == WARRIOR) {
                e.dialogue().showPage('auron-already.htm')
            } else if (cls != FIGHTER) {
                e.dialogue().showPage('auron-not-a-fighter.htm')
            } else if (e.player().level() < MIN_LEVEL) {
                e.dialogue().showPage('auron-too-young.htm')
            } else if (items.count(MEDALLION_OF_WARRIOR) > 0) {
                e.dialogue().showPage('auron-has-the-medallion.htm')
            } else {
                e.dialogue().showPage('auron-explains.htm')
            }
        } else if (npc == AURON && event == 'accept' && qs.isCreated() && e.player().classId() == FIGHTER
                && e.player().level() >= MIN_LEVEL && items.count(MEDALLION_OF_WARRIOR) == 0) {
            qs.start()
            items.give(AURONS_LETTER, 1)
            e.dialogue().showPage('auron-accepted.htm')
        } else if (npc == SIMPLON && event == 'letter' && qs.cond() == 1 && items.take(AURONS_LETTER, 1)) {
            items.give(WARRIOR_GUILD_MARK, 1)
            qs.setCond(2)
            e.dialogue().showPage('simplon-mark.htm')
        } else if (npc == AURON && event == 'sword' && qs.cond() == 4 && items.count(SIMPLONS_LETTER) > 0
                && items.take(RUSTED_SWORD_CHOSEN, 1)) {
            items.take(SIMPLONS_LETTER, 1)
            items.give(RUSTED_BRONZE_SWORD, 1)
            qs.setCond(5)
            e.dialogue().showPage('auron-sword.htm')
        }
    }

    void onKill(NpcEvent e, QuestState qs) {
        Items items = e.items()
        int npc = e.npc().npcId()
        if (SKELETONS.contains(npc) && qs.cond() == 2 && items.count(RUSTED_SWORD_FOUND) < SWORDS
                && e.world().chance(SWORD_CHANCE)) {
            items.give(RUSTED_SWORD_FOUND, 1)
            if (items.count(RUSTED_SWORD_FOUND) >= SWORDS) {
                qs.setCond(3)
            }
        } else if (SPIDERS.contains(npc) && qs.cond() == 5 && items.wearing(RUSTED_BRONZE_SWORD)
                && items.count(VENOMOUS_SPIDERS_LEG) < LEGS) {
            // The test is fought with Auron's sword: a spider killed with another weapon counts for nothing.
            items.give(VENOMOUS_SPIDERS_LEG, 1)
            if (items.count(VENOMOUS_SPIDERS_LEG) >= LEGS) {
                qs.setCond(6)
            }
        }
    }

    /** The game's figures, by the level the candidate comes back at (the same as L2J's for level 18). */
    static void reward(NpcEvent e, QuestState qs) {
        int level = e.player().level()
        if (level >= 20) {
            qs.addExpAndSp(320534, 21012)
        } else if (level == 19) {
            qs.addExpAndSp(456128, 27710)
        } else {
            qs.addExpAndSp(160267, 34408)
        }
    }

    void onTalk(NpcEvent e, QuestState qs) {
        Items items = e.items()
        int cond = qs.cond()
        if (e.npc().npcId() == AURON) {
            if (!qs.isStarted()) {
                e.dialogue().showPage('auron-first.htm')
            } else if (cond == 1) {
                e.dialogue().showPage('auron-go-to-simplon.htm')
            } else if (cond == 2 || cond == 3) {
                e.dialogue().showPage('auron-skeletons.htm')
            } else if (cond == 4) {
                e.dialogue().showPage('auron-simplons-letter.htm')
            } else if (cond == 5) {
                e.dialogue().showPage('auron-spiders.htm', [count: items.count(VENOMOUS_SPIDERS_LEG)])
            } else if (cond == 6 && items.take(VENOMOUS_SPIDERS_LEG, LEGS)) {
                if (items.count(RUSTED_BRONZE_SWORD) > 0) {
                    items.take(RUSTED_BRONZE_SWORD, items.count(RUSTED_BRONZE_SWORD)) // a worn one stays with the warrior
                }
                items.give(Items.ADENA, 163800)
                items.give(MEDALLION_OF_WARRIOR, 1)
                reward(e, qs)
                qs.complete()
                e.dialogue().showPage('auron-reward.htm')
            }
        } else if (e.npc().npcId() == SIMPLON) {
            if (cond == 1) {
                e.dialogue().showPage('simplon-letter.htm')
            } else if (cond == 2) {
                e.dialogue().showPage('simplon-hunting.htm', [count: items.count(RUSTED_SWORD_FOUND)])
            } else if (cond == 3 && items.count(WARRIOR_GUILD_MARK) > 0 && items.take(RUSTED_SWORD_FOUND, SWORDS)) {
                items.take(WARRIOR_GUILD_MARK, 1)
                items.give(RUSTED_SWORD_CHOSEN, 1)
                items.give(SIMPLONS_LETTER, 1)
                qs.setCond(4)
                e.dialogue().showPage('simplon-swords.htm')
            } else if (cond >= 4) {
                e.dialogue().showPage('simplon-after.htm')
            }
        }
    }
}

new PathOfTheWarrior()
