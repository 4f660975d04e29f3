// Mass of Darkness (quest 166), Dark Elven Village. Undrias prepares a rite and needs three things from three
// people of the village: Iria's ceremonial dagger, Dorankus's wine and Trudy's scripture. Dark elves only, from
// level 2. Ids, steps and rewards are the game's; the words are ours.
import org.aden.game.script.api.Items
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.PlayerView
import org.aden.game.script.api.Quest
import org.aden.game.script.api.QuestState

class MassOfDarkness implements Quest {
    static final int UNDRIAS = 30130
    static final int IRIA = 30135
    static final int DORANKUS = 30139
    static final int TRUDY = 30143

    static final int UNDRIAS_LETTER = 1088
    static final int CEREMONIAL_DAGGER = 1089
    static final int DREVIANT_WINE = 1090
    static final int GARMIELS_SCRIPTURE = 1091
    /** What each of the three gives, and the page she or he says it with. */
    static final Map<Integer, List> ERRANDS = [
        (IRIA): [CEREMONIAL_DAGGER, 'iria'],
        (DORANKUS): [DREVIANT_WINE, 'dorankus'],
        (TRUDY): [GARMIELS_SCRIPTURE, 'trudy'],
    ]

    static final int MIN_LEVEL = 2

    int id() { 166 }
    String name() { 'Q00166_MassOfDarkness' }
    String title() { 'Mass of Darkness' }
    Set<Integer> startNpcs() { [UNDRIAS] as Set }
    Set<Integer> talkNpcs() { [UNDRIAS, IRIA, DORANKUS, TRUDY] as Set }
    Set<Integer> questItems() { [UNDRIAS_LETTER, CEREMONIAL_DAGGER, DREVIANT_WINE, GARMIELS_SCRIPTURE] as Set }

    void onEvent(NpcEvent e, QuestState qs, String event) {
        if (event == 'accept' && qs.isCreated() && e.npc().npcId() == UNDRIAS
                && e.player().race() == PlayerView.DARK_ELF && e.player().level() >= MIN_LEVEL) {
            qs.start()
            e.items().give(UNDRIAS_LETTER, 1)
            e.dialogue().showPage('undrias-accepted.htm')
        }
    }

    static boolean hasAll(Items items) {
        [UNDRIAS_LETTER, CEREMONIAL_DAGGER, DREVIANT_WINE, GARMIELS_SCRIPTURE].every { items.count(it) > 0 }
    }

    void onTalk(NpcEvent e, QuestState qs) {
        Items items = e.items()
        int npc = e.npc().npcId()
        if (npc == UNDRIAS) {
            if (qs.isCompleted()) {
                e.dialogue().showPage('undrias-done.htm')
            } else if (qs.isCreated()) {
                if (e.player().race() != PlayerView.DARK_ELF) {
                    e.dialogue().showPage('undrias-not-a-dark-elf.htm')
                } else {
                    e.dialogue().showPage(e.player().level() < MIN_LEVEL ? 'undrias-too-young.htm' : 'undrias-offer.htm')
                }
            } else if (qs.cond() == 2 && hasAll(items)) {
                [UNDRIAS_LETTER, CEREMONIAL_DAGGER, DREVIANT_WINE, GARMIELS_SCRIPTURE].each { items.take(it, 1) }
                items.give(Items.ADENA, 2966)
                qs.addExpAndSp(5672, 466)
                qs.complete()
                e.dialogue().showPage('undrias-reward.htm')
            } else {
                e.dialogue().showPage('undrias-waiting.htm')
            }
        } else if (ERRANDS.containsKey(npc)) {
            int item = ERRANDS[npc][0] as int
            String who = ERRANDS[npc][1]
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

new MassOfDarkness()
