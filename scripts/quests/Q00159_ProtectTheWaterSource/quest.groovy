// Protect the Water Source (quest 159), Elven Village. Plague Zombies foul the spring the village drinks from;
// Asterios gives a Hyacinth Charm to carry against the plague. First one handful of their dust for him to study,
// then, with a stronger charm, five more. Elves only, from level 12. Ids, chances, steps and rewards are the game's;
// the words are ours.
import org.aden.game.script.api.Items
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.PlayerView
import org.aden.game.script.api.Quest
import org.aden.game.script.api.QuestState

class ProtectTheWaterSource implements Quest {
    static final int ASTERIOS = 30154
    static final int PLAGUE_ZOMBIE = 27017

    static final int PLAGUE_DUST = 1035
    static final int HYACINTH_CHARM = 1071
    static final int STRONGER_HYACINTH_CHARM = 1072

    static final int MIN_LEVEL = 12
    static final double DUST_CHANCE = 40 // percent, per zombie
    static final int DUST_WANTED = 5 // with the second charm

    int id() { 159 }
    String name() { 'Q00159_ProtectTheWaterSource' }
    String title() { 'Protect the Water Source' }
    Set<Integer> startNpcs() { [ASTERIOS] as Set }
    Set<Integer> talkNpcs() { [ASTERIOS] as Set }
    Set<Integer> killNpcs() { [PLAGUE_ZOMBIE] as Set }
    Set<Integer> questItems() { [PLAGUE_DUST, HYACINTH_CHARM, STRONGER_HYACINTH_CHARM] as Set }

    void onEvent(NpcEvent e, QuestState qs, String event) {
        if (event == 'accept' && qs.isCreated() && e.player().race() == PlayerView.ELF
                && e.player().level() >= MIN_LEVEL) {
            qs.start()
            e.items().give(HYACINTH_CHARM, 1)
            e.dialogue().showPage('asterios-accepted.htm')
        }
    }

    void onKill(NpcEvent e, QuestState qs) {
        Items items = e.items()
        if (qs.cond() == 1 && items.count(PLAGUE_DUST) == 0 && e.world().chance(DUST_CHANCE)) {
            items.give(PLAGUE_DUST, 1)
            qs.setCond(2)
        } else if (qs.cond() == 3 && items.count(PLAGUE_DUST) < DUST_WANTED && e.world().chance(DUST_CHANCE)) {
            items.give(PLAGUE_DUST, 1)
            if (items.count(PLAGUE_DUST) >= DUST_WANTED) {
                qs.setCond(4)
            }
        }
    }

    void onTalk(NpcEvent e, QuestState qs) {
        Items items = e.items()
        if (qs.isCompleted()) {
            e.dialogue().showPage('asterios-done.htm')
        } else if (qs.isCreated()) {
            if (e.player().race() != PlayerView.ELF) {
                e.dialogue().showPage('asterios-not-an-elf.htm')
            } else {
                e.dialogue().showPage(e.player().level() < MIN_LEVEL ? 'asterios-too-young.htm' : 'asterios-offer.htm')
            }
        } else if (qs.cond() == 2 && items.count(HYACINTH_CHARM) > 0 && items.take(PLAGUE_DUST, 1)) {
            items.take(HYACINTH_CHARM, 1)
            items.give(STRONGER_HYACINTH_CHARM, 1)
            qs.setCond(3)
            e.dialogue().showPage('asterios-more-dust.htm')
        } else if (qs.cond() == 4 && items.count(STRONGER_HYACINTH_CHARM) > 0 && items.take(PLAGUE_DUST, DUST_WANTED)) {
            items.take(STRONGER_HYACINTH_CHARM, 1)
            items.give(Items.ADENA, 18250)
            qs.complete()
            e.dialogue().showPage('asterios-reward.htm')
        } else {
            e.dialogue().showPage(qs.cond() == 3 ? 'asterios-hunting-more.htm' : 'asterios-hunting.htm')
        }
    }
}

new ProtectTheWaterSource()
