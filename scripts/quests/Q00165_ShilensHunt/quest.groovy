// Shilen's Hunt (quest 165), Dark Elven Village. Nelsya needs thirteen Dark Bezoars, the stones that grow in the
// bellies of the wolves and keltirs of the forest. Dark elves only, from level 3. Ids, chances, steps and rewards
// are the game's; the words are ours.
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.PlayerView
import org.aden.game.script.api.Quest
import org.aden.game.script.api.QuestState

class ShilensHunt implements Quest {
    static final int NELSYA = 30348
    /** Percent chance of a bezoar by monster: two in three from an elder keltir, always from an ashen wolf. */
    static final Map<Integer, Double> BEZOAR_CHANCE = [
        20456: 100d, // Ashen Wolf
        20529: 100d / 3, // Young Brown Keltir
        20532: 100d / 3, // Brown Keltir
        20536: 200d / 3, // Elder Brown Keltir
    ]

    static final int DARK_BEZOAR = 1160
    static final int LESSER_HEALING_POTION = 1060

    static final int MIN_LEVEL = 3
    static final int BEZOARS_WANTED = 13

    int id() { 165 }
    String name() { 'Q00165_ShilensHunt' }
    String title() { "Shilen's Hunt" }
    Set<Integer> startNpcs() { [NELSYA] as Set }
    Set<Integer> talkNpcs() { [NELSYA] as Set }
    Set<Integer> killNpcs() { BEZOAR_CHANCE.keySet() }
    Set<Integer> questItems() { [DARK_BEZOAR] as Set }

    void onEvent(NpcEvent e, QuestState qs, String event) {
        if (event == 'accept' && qs.isCreated() && e.player().race() == PlayerView.DARK_ELF
                && e.player().level() >= MIN_LEVEL) {
            qs.start()
            e.dialogue().showPage('nelsya-accepted.htm')
        }
    }

    void onKill(NpcEvent e, QuestState qs) {
        if (qs.cond() == 1 && e.world().chance(BEZOAR_CHANCE[e.npc().npcId()])) {
            e.items().give(DARK_BEZOAR, 1)
            if (e.items().count(DARK_BEZOAR) >= BEZOARS_WANTED) {
                qs.setCond(2)
            }
        }
    }

    void onTalk(NpcEvent e, QuestState qs) {
        if (qs.isCompleted()) {
            e.dialogue().showPage('nelsya-done.htm')
        } else if (qs.isCreated()) {
            if (e.player().race() != PlayerView.DARK_ELF) {
                e.dialogue().showPage('nelsya-not-a-dark-elf.htm')
            } else {
                e.dialogue().showPage(e.player().level() < MIN_LEVEL ? 'nelsya-too-young.htm' : 'nelsya-offer.htm')
            }
        } else if (qs.cond() == 2 && e.items().take(DARK_BEZOAR, e.items().count(DARK_BEZOAR))) {
            e.items().give(LESSER_HEALING_POTION, 5)
            qs.addExpAndSp(1000, 0)
            qs.complete()
            e.dialogue().showPage('nelsya-reward.htm')
        } else {
            e.dialogue().showPage('nelsya-hunting.htm', [count: e.items().count(DARK_BEZOAR)])
        }
    }
}

new ShilensHunt()
