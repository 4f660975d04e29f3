// Letters of Love (quest 1), Talking Island. Darin, too shy to speak to Roxxy himself, sends the player with a
// letter; her kerchief comes back, Darin sends a receipt to Magister Baulro, whose potion ends the errand.
// Ids, steps and rewards are the game's; the words are ours.
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.Quest
import org.aden.game.script.api.QuestState

class LettersOfLove implements Quest {
    static final int DARIN = 30048
    static final int ROXXY = 30006
    static final int BAULRO = 30033

    static final int DARINS_LETTER = 687
    static final int ROXXYS_KERCHIEF = 688
    static final int DARINS_RECEIPT = 1079
    static final int BAULROS_POTION = 1080
    static final int NECKLACE_OF_KNOWLEDGE = 906

    static final int MIN_LEVEL = 2

    int id() { 1 }
    String name() { 'Q00001_LettersOfLove' }
    String title() { 'Letters of Love' }
    Set<Integer> startNpcs() { [DARIN] as Set }
    Set<Integer> talkNpcs() { [DARIN, ROXXY, BAULRO] as Set }
    Set<Integer> questItems() { [DARINS_LETTER, ROXXYS_KERCHIEF, DARINS_RECEIPT, BAULROS_POTION] as Set }

    void onEvent(NpcEvent e, QuestState qs, String event) {
        if (event != 'accept' || !qs.isCreated() || e.npc().npcId() != DARIN) return
        if (e.player().level() < MIN_LEVEL) {
            e.dialogue().showPage('darin-too-young.htm')
            return
        }
        qs.start()
        e.items().give(DARINS_LETTER, 1)
        e.dialogue().showPage('darin-accepted.htm')
    }

    void onTalk(NpcEvent e, QuestState qs) {
        def items = e.items()
        switch (e.npc().npcId()) {
            case DARIN:
                if (qs.isCompleted()) {
                    e.dialogue().showPage('darin-done.htm')
                } else if (qs.isCreated()) {
                    e.dialogue().showPage(e.player().level() < MIN_LEVEL ? 'darin-too-young.htm' : 'darin-offer.htm')
                } else if (qs.cond() == 1) {
                    e.dialogue().showPage('darin-waiting.htm')
                } else if (qs.cond() == 2 && items.take(ROXXYS_KERCHIEF, 1)) {
                    items.give(DARINS_RECEIPT, 1)
                    qs.setCond(3)
                    e.dialogue().showPage('darin-kerchief.htm')
                } else if (qs.cond() == 3) {
                    e.dialogue().showPage('darin-go-to-baulro.htm')
                } else if (qs.cond() == 4 && items.take(BAULROS_POTION, 1)) {
                    items.give(NECKLACE_OF_KNOWLEDGE, 1)
                    items.give(57, 2466)
                    qs.addExpAndSp(5672, 446)
                    qs.complete()
                    e.dialogue().showPage('darin-reward.htm')
                }
                break
            case ROXXY:
                if (qs.cond() == 1 && items.take(DARINS_LETTER, 1)) {
                    items.give(ROXXYS_KERCHIEF, 1)
                    qs.setCond(2)
                    e.dialogue().showPage('roxxy-letter.htm')
                } else if (qs.cond() == 2) {
                    e.dialogue().showPage('roxxy-waiting.htm')
                } else if (qs.cond() >= 3) {
                    e.dialogue().showPage('roxxy-after.htm')
                }
                break
            case BAULRO:
                if (qs.cond() == 3 && items.take(DARINS_RECEIPT, 1)) {
                    items.give(BAULROS_POTION, 1)
                    qs.setCond(4)
                    e.dialogue().showPage('baulro-receipt.htm')
                } else if (qs.cond() == 4) {
                    e.dialogue().showPage('baulro-after.htm')
                }
                break
        }
    }
}

new LettersOfLove()
