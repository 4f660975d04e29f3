// Long Live the Paagrio Lord (quest 4), Orc Village. Centurion Nakusin gathers gifts for the Lord's festival:
// one from each of six people of the village. Orcs only, from level 2. Ids, steps and rewards are the game's; the
// words are ours.
import org.aden.game.script.api.Items
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.PlayerView
import org.aden.game.script.api.Quest
import org.aden.game.script.api.QuestState

class LongLiveThePaagrioLord implements Quest {
    static final int NAKUSIN = 30578
    /** Who gives which gift, and the page they say it with. */
    static final Map<Integer, List> GIFTS = [
        30566: [1541, 'varkees'], // Honey Khandar
        30587: [1546, 'urutu'], // Deep Sea Orb
        30585: [1542, 'hestui'], // Bear Fur Cloak
        30559: [1545, 'kunai'], // Spider Dust
        30560: [1544, 'uska'], // Ancestor Skull
        30562: [1543, 'grookin'], // Bloody Axe
    ]
    static final List<Integer> GIFT_ITEMS = GIFTS.values().collect { it[0] as int }

    static final int CLUB = 4
    static final int MIN_LEVEL = 2

    int id() { 4 }
    String name() { 'Q00004_LongLiveThePaagrioLord' }
    String title() { 'Long Live the Paagrio Lord' }
    Set<Integer> startNpcs() { [NAKUSIN] as Set }
    Set<Integer> talkNpcs() { ([NAKUSIN] + GIFTS.keySet()) as Set }
    Set<Integer> questItems() { GIFT_ITEMS as Set }

    void onEvent(NpcEvent e, QuestState qs, String event) {
        if (event == 'accept' && qs.isCreated() && e.npc().npcId() == NAKUSIN
                && e.player().race() == PlayerView.ORC && e.player().level() >= MIN_LEVEL) {
            qs.start()
            e.dialogue().showPage('nakusin-accepted.htm')
        }
    }

    static boolean hasAll(Items items) {
        GIFT_ITEMS.every { items.count(it) > 0 }
    }

    void onTalk(NpcEvent e, QuestState qs) {
        Items items = e.items()
        int npc = e.npc().npcId()
        if (npc == NAKUSIN) {
            if (qs.isCompleted()) {
                e.dialogue().showPage('nakusin-done.htm')
            } else if (qs.isCreated()) {
                if (e.player().race() != PlayerView.ORC) {
                    e.dialogue().showPage('nakusin-not-an-orc.htm')
                } else {
                    e.dialogue().showPage(e.player().level() < MIN_LEVEL ? 'nakusin-too-young.htm' : 'nakusin-offer.htm')
                }
            } else if (qs.cond() == 2 && hasAll(items)) {
                GIFT_ITEMS.each { items.take(it, 1) }
                items.give(CLUB, 1)
                items.give(Items.ADENA, 1850)
                qs.addExpAndSp(4254, 335)
                qs.complete()
                e.dialogue().showPage('nakusin-reward.htm')
            } else {
                e.dialogue().showPage('nakusin-waiting.htm')
            }
        } else if (GIFTS.containsKey(npc)) {
            int item = GIFTS[npc][0] as int
            String who = GIFTS[npc][1]
            if (qs.cond() == 1 && items.count(item) == 0) {
                items.give(item, 1)
                if (hasAll(items)) {
                    qs.setCond(2)
                }
                e.dialogue().showPage(who + '-gives.htm')
            } else {
                e.dialogue().showPage(who + '-after.htm')
            }
        }
    }
}

new LongLiveThePaagrioLord()
