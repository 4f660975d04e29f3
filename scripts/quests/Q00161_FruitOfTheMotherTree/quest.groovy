// Fruit of the Mother Tree (quest 161), Elven Village. Andellia sends a young elf with a letter to Thalia, who
// tends the Mother Tree; Thalia gives a fruit of the tree to bring back. Elves only, from level 3.
// Ids, steps and rewards are the game's; the words are ours.
import org.aden.game.script.api.Items
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.PlayerView
import org.aden.game.script.api.Quest
import org.aden.game.script.api.QuestState

class FruitOfTheMotherTree implements Quest {
    static final int ANDELLIA = 30362
    static final int THALIA = 30371

    static final int ANDELLIAS_LETTER = 1036
    static final int MOTHER_TREE_FRUIT = 1037

    static final int MIN_LEVEL = 3

    int id() { 161 }
    String name() { 'Q00161_FruitOfTheMotherTree' }
    String title() { 'Fruit of the Mother Tree' }
    Set<Integer> startNpcs() { [ANDELLIA] as Set }
    Set<Integer> talkNpcs() { [ANDELLIA, THALIA] as Set }
    Set<Integer> questItems() { [ANDELLIAS_LETTER, MOTHER_TREE_FRUIT] as Set }

    static boolean mayTake(NpcEvent e) {
        e.player().race() == PlayerView.ELF && e.player().level() >= MIN_LEVEL
    }

    void onEvent(NpcEvent e, QuestState qs, String event) {
        if (event == 'accept' && qs.isCreated() && e.npc().npcId() == ANDELLIA && mayTake(e)) {
            qs.start()
            e.items().give(ANDELLIAS_LETTER, 1)
            e.dialogue().showPage('andellia-accepted.htm')
        }
    }

    void onTalk(NpcEvent e, QuestState qs) {
        Items items = e.items()
        if (e.npc().npcId() == ANDELLIA) {
            if (qs.isCompleted()) {
                e.dialogue().showPage('andellia-done.htm')
            } else if (qs.isCreated()) {
                if (e.player().race() != PlayerView.ELF) {
                    e.dialogue().showPage('andellia-not-an-elf.htm')
                } else {
                    e.dialogue().showPage(e.player().level() < MIN_LEVEL ? 'andellia-too-young.htm' : 'andellia-offer.htm')
                }
            } else if (qs.cond() == 2 && items.take(MOTHER_TREE_FRUIT, 1)) {
                items.give(Items.ADENA, 1000)
                qs.addExpAndSp(1000, 0)
                qs.complete()
                e.dialogue().showPage('andellia-reward.htm')
            } else {
                e.dialogue().showPage('andellia-waiting.htm')
            }
        } else if (e.npc().npcId() == THALIA) {
            if (qs.cond() == 1 && items.take(ANDELLIAS_LETTER, 1)) {
                items.give(MOTHER_TREE_FRUIT, 1)
                qs.setCond(2)
                e.dialogue().showPage('thalia-fruit.htm')
            } else if (qs.cond() == 2) {
                e.dialogue().showPage('thalia-after.htm')
            }
        }
    }
}

new FruitOfTheMotherTree()
