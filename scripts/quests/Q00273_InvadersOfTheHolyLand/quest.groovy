// Invaders of the Holy Land (quest 273), Orc Village, repeatable. Rakeclaw Imps overrun the holy ground; Varkees
// pays for the soulstones they carry: black ones from most imps, the rarer red ones from the rest, with a bonus
// for ten at once. Orcs only, from level 6. Ids, chances and prices are the game's; the words are ours.
import org.aden.game.script.api.Items
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.PlayerView
import org.aden.game.script.api.Quest
import org.aden.game.script.api.QuestState

class InvadersOfTheHolyLand implements Quest {
    static final int VARKEES = 30566
    /** Percent chance that an imp leaves a black soulstone; otherwise it leaves a red one. */
    static final Map<Integer, Double> BLACK_CHANCE = [
        20311: 90d, // Rakeclaw Imp
        20312: 87d, // Rakeclaw Imp Hunter
        20313: 77d, // Rakeclaw Imp Chieftain
    ]

    static final int BLACK_SOULSTONE = 1475
    static final int RED_SOULSTONE = 1476

    static final int MIN_LEVEL = 6

    int id() { 273 }
    String name() { 'Q00273_InvadersOfTheHolyLand' }
    String title() { 'Invaders of the Holy Land' }
    Set<Integer> startNpcs() { [VARKEES] as Set }
    Set<Integer> talkNpcs() { [VARKEES] as Set }
    Set<Integer> killNpcs() { BLACK_CHANCE.keySet() }
    Set<Integer> questItems() { [BLACK_SOULSTONE, RED_SOULSTONE] as Set }

    /** What Varkees pays: 3 per black stone, 10 per red, and 1800 for ten or more with a red among them (1500 for ten black). */
    static long price(long black, long red) {
        long bonus = red > 0 ? (red + black >= 10 ? 1800 : 0) : (black >= 10 ? 1500 : 0)
        red * 10 + black * 3 + bonus
    }

    void onEvent(NpcEvent e, QuestState qs, String event) {
        if (event == 'accept' && qs.isCreated() && e.player().race() == PlayerView.ORC
                && e.player().level() >= MIN_LEVEL) {
            qs.start()
            e.dialogue().showPage('varkees-accepted.htm')
        } else if (event == 'quit' && qs.isStarted()) {
            [BLACK_SOULSTONE, RED_SOULSTONE].each { long n = e.items().count(it); if (n > 0) e.items().take(it, n) }
            qs.abandon()
            e.dialogue().showPage('varkees-quit.htm')
        } else if (event == 'continue' && qs.isStarted()) {
            e.dialogue().showPage('varkees-continue.htm')
        }
    }

    void onKill(NpcEvent e, QuestState qs) {
        e.items().give(e.world().chance(BLACK_CHANCE[e.npc().npcId()]) ? BLACK_SOULSTONE : RED_SOULSTONE, 1)
    }

    void onTalk(NpcEvent e, QuestState qs) {
        Items items = e.items()
        if (qs.isCreated()) {
            if (e.player().race() != PlayerView.ORC) {
                e.dialogue().showPage('varkees-not-an-orc.htm')
            } else {
                e.dialogue().showPage(e.player().level() < MIN_LEVEL ? 'varkees-too-young.htm' : 'varkees-offer.htm')
            }
            return
        }
        long black = items.count(BLACK_SOULSTONE)
        long red = items.count(RED_SOULSTONE)
        if (black + red == 0) {
            e.dialogue().showPage('varkees-no-stones.htm')
            return
        }
        // Taken first, paid after: a stone can only be sold once.
        if ((black > 0 && !items.take(BLACK_SOULSTONE, black)) || (red > 0 && !items.take(RED_SOULSTONE, red))) {
            return
        }
        long pay = price(black, red)
        items.give(Items.ADENA, pay)
        e.dialogue().showPage(red > 0 ? 'varkees-paid-red.htm' : 'varkees-paid.htm', [adena: pay])
    }
}

new InvadersOfTheHolyLand()
