// Miner's Favor (quest 5), Dwarven Village. Bolter, head of the miners, is short of supplies: Shari's boomboom
// powder, Garita's mining boots, Reed's redstone beer, and a pick from Brunon the smith, who wants Bolter's socks
// back first. Any race, from level 2. Ids, steps and rewards are the game's; the words are ours.
import org.aden.game.script.api.Items
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.Quest
import org.aden.game.script.api.QuestState

class MinersFavor implements Quest {
    static final int BOLTER = 30554
    static final int BRUNON = 30526
    /** The three who simply hand over their part, and the page they say it with. */
    static final Map<Integer, List> SUPPLIERS = [
        30517: [1550, 'shari'], // Boomboom Powder
        30518: [1548, 'garita'], // Mining Boots
        30520: [1551, 'reed'], // Redstone Beer
    ]

    static final int BOLTERS_LIST = 1547
    static final int MINING_BOOTS = 1548
    static final int MINERS_PICK = 1549
    static final int BOOMBOOM_POWDER = 1550
    static final int REDSTONE_BEER = 1551
    static final int BOLTERS_SMELLY_SOCKS = 1552
    static final List<Integer> SUPPLIES = [BOLTERS_LIST, MINING_BOOTS, MINERS_PICK, BOOMBOOM_POWDER, REDSTONE_BEER]

    static final int NECKLACE_OF_KNOWLEDGE = 906
    static final int MIN_LEVEL = 2

    int id() { 5 }
    String name() { 'Q00005_MinersFavor' }
    String title() { "Miner's Favor" }
    Set<Integer> startNpcs() { [BOLTER] as Set }
    Set<Integer> talkNpcs() { ([BOLTER, BRUNON] + SUPPLIERS.keySet()) as Set }
    Set<Integer> questItems() { (SUPPLIES + [BOLTERS_SMELLY_SOCKS]) as Set }

    static void checkAll(Items items, QuestState qs) {
        if (SUPPLIES.every { items.count(it) > 0 }) {
            qs.setCond(2)
        }
    }

    void onEvent(NpcEvent e, QuestState qs, String event) {
        Items items = e.items()
        if (event == 'accept' && qs.isCreated() && e.npc().npcId() == BOLTER && e.player().level() >= MIN_LEVEL) {
            qs.start()
            items.give(BOLTERS_LIST, 1)
            items.give(BOLTERS_SMELLY_SOCKS, 1)
            e.dialogue().showPage('bolter-accepted.htm')
        } else if (event == 'socks' && qs.cond() == 1 && e.npc().npcId() == BRUNON) {
            if (items.take(BOLTERS_SMELLY_SOCKS, 1)) {
                items.give(MINERS_PICK, 1)
                checkAll(items, qs)
                e.dialogue().showPage('brunon-pick.htm')
            } else {
                e.dialogue().showPage('brunon-no-socks.htm')
            }
        }
    }

    void onTalk(NpcEvent e, QuestState qs) {
        Items items = e.items()
        int npc = e.npc().npcId()
        if (npc == BOLTER) {
            if (qs.isCompleted()) {
                e.dialogue().showPage('bolter-done.htm')
            } else if (qs.isCreated()) {
                e.dialogue().showPage(e.player().level() < MIN_LEVEL ? 'bolter-too-young.htm' : 'bolter-offer.htm')
            } else if (qs.cond() == 2 && SUPPLIES.every { items.count(it) > 0 }) {
                SUPPLIES.each { items.take(it, 1) }
                items.give(NECKLACE_OF_KNOWLEDGE, 1)
                items.give(Items.ADENA, 2466)
                qs.addExpAndSp(5672, 446)
                qs.complete()
                e.dialogue().showPage('bolter-reward.htm')
            } else {
                e.dialogue().showPage('bolter-waiting.htm')
            }
        } else if (npc == BRUNON) {
            e.dialogue().showPage(items.count(MINERS_PICK) > 0 ? 'brunon-after.htm' : 'brunon-asks.htm')
        } else if (SUPPLIERS.containsKey(npc)) {
            int item = SUPPLIERS[npc][0] as int
            String who = SUPPLIERS[npc][1]
            if (qs.cond() == 1 && items.count(item) == 0) {
                items.give(item, 1)
                checkAll(items, qs)
                e.dialogue().showPage(who + '-gives.htm')
            } else {
                e.dialogue().showPage(who + '-after.htm')
            }
        }
    }
}

new MinersFavor()
