// Cure for Fever (quest 151), Talking Island. Ellias's fever needs a remedy that Priest Yohanes can brew from a
// spider's poison sac: hunt spiders until one drops a sac (one in five), bring it to Yohanes, his medicine to Ellias.
// Ids, chance, steps and rewards are the game's; the words are ours.
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.Quest
import org.aden.game.script.api.QuestState

class CureForFever implements Quest {
    static final int ELLIAS = 30050
    static final int YOHANES = 30032
    static final Set<Integer> SPIDERS = [20103, 20106, 20108] as Set // Giant, Talon and Blade Spider

    static final int POISON_SAC = 703
    static final int FEVER_MEDICINE = 704
    static final int ROUND_SHIELD = 102

    static final int MIN_LEVEL = 15
    static final double SAC_CHANCE = 20 // percent, per spider killed

    int id() { 151 }
    String name() { 'Q00151_CureForFever' }
    String title() { 'Cure for Fever' }
    Set<Integer> startNpcs() { [ELLIAS] as Set }
    Set<Integer> talkNpcs() { [ELLIAS, YOHANES] as Set }
    Set<Integer> killNpcs() { SPIDERS }
    Set<Integer> questItems() { [POISON_SAC, FEVER_MEDICINE] as Set }

    void onEvent(NpcEvent e, QuestState qs, String event) {
        if (event == 'accept' && qs.isCreated() && e.npc().npcId() == ELLIAS && e.player().level() >= MIN_LEVEL) {
            qs.start()
            e.dialogue().showPage('ellias-accepted.htm')
        }
    }

    void onKill(NpcEvent e, QuestState qs) {
        if (qs.cond() == 1 && e.world().chance(SAC_CHANCE)) {
            e.items().give(POISON_SAC, 1)
            qs.setCond(2)
        }
    }

    void onTalk(NpcEvent e, QuestState qs) {
        def items = e.items()
        if (e.npc().npcId() == ELLIAS) {
            if (qs.isCompleted()) {
                e.dialogue().showPage('ellias-done.htm')
            } else if (qs.isCreated()) {
                e.dialogue().showPage(e.player().level() < MIN_LEVEL ? 'ellias-too-young.htm' : 'ellias-offer.htm')
            } else if (qs.cond() == 3 && items.take(FEVER_MEDICINE, 1)) {
                items.give(ROUND_SHIELD, 1)
                qs.addExpAndSp(13106, 613)
                qs.complete()
                e.dialogue().showPage('ellias-reward.htm')
            } else if (qs.cond() == 2) {
                e.dialogue().showPage('ellias-go-to-yohanes.htm')
            } else {
                e.dialogue().showPage('ellias-hunting.htm')
            }
        } else if (e.npc().npcId() == YOHANES) {
            if (qs.cond() == 2 && items.take(POISON_SAC, 1)) {
                items.give(FEVER_MEDICINE, 1)
                qs.setCond(3)
                e.dialogue().showPage('yohanes-medicine.htm')
            } else if (qs.cond() == 3) {
                e.dialogue().showPage('yohanes-after.htm')
            }
        }
    }
}

new CureForFever()
