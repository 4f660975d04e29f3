// The Hidden Veins (quest 293), Dwarven Village, repeatable. Filaur buys the chrysolite ore the Utuku Orcs dig up;
// now and then an orc also carries a scrap of an old map, and Chichirin puts four scraps together into a map of a
// hidden vein, which Filaur pays well for. Dwarves only, from level 6. Ids, chances and prices are the game's; the
// words are ours.
import org.aden.game.script.api.Items
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.PlayerView
import org.aden.game.script.api.Quest
import org.aden.game.script.api.QuestState

class TheHiddenVeins implements Quest {
    static final int FILAUR = 30535
    static final int CHICHIRIN = 30539
    static final Set<Integer> UTUKU_ORCS = [20446, 20447, 20448] as Set // Utuku Orc, Archer, Grunt

    static final int CHRYSOLITE_ORE = 1488
    static final int TORN_MAP_FRAGMENT = 1489
    static final int HIDDEN_ORE_MAP = 1490

    static final double ORE_CHANCE = 49 // percent, per orc
    static final double FRAGMENT_CHANCE = 5 // percent, per orc, only when it had no ore
    static final int FRAGMENTS_PER_MAP = 4
    static final int MIN_LEVEL = 6

    int id() { 293 }
    String name() { 'Q00293_TheHiddenVeins' }
    String title() { 'The Hidden Veins' }
    Set<Integer> startNpcs() { [FILAUR] as Set }
    Set<Integer> talkNpcs() { [FILAUR, CHICHIRIN] as Set }
    Set<Integer> killNpcs() { UTUKU_ORCS }
    Set<Integer> questItems() { [CHRYSOLITE_ORE, TORN_MAP_FRAGMENT, HIDDEN_ORE_MAP] as Set }

    /** Filaur's price: 5 per ore, 500 per map, 2000 more for ten things or more. */
    static long price(long ores, long maps) {
        ores * 5 + maps * 500 + (ores + maps >= 10 ? 2000 : 0)
    }

    void onEvent(NpcEvent e, QuestState qs, String event) {
        Items items = e.items()
        int npc = e.npc().npcId()
        if (event == 'accept' && qs.isCreated() && npc == FILAUR && e.player().race() == PlayerView.DWARF
                && e.player().level() >= MIN_LEVEL) {
            qs.start()
            e.dialogue().showPage('filaur-accepted.htm')
        } else if (event == 'quit' && qs.isStarted() && npc == FILAUR) {
            questItems().each { long n = items.count(it); if (n > 0) items.take(it, n) }
            qs.abandon()
            e.dialogue().showPage('filaur-quit.htm')
        } else if (event == 'continue' && qs.isStarted() && npc == FILAUR) {
            e.dialogue().showPage('filaur-continue.htm')
        } else if (event == 'map' && qs.isStarted() && npc == CHICHIRIN) {
            if (items.take(TORN_MAP_FRAGMENT, FRAGMENTS_PER_MAP)) {
                items.give(HIDDEN_ORE_MAP, 1)
                e.dialogue().showPage('chichirin-map.htm')
            } else {
                e.dialogue().showPage('chichirin-not-enough.htm')
            }
        }
    }

    void onKill(NpcEvent e, QuestState qs) {
        if (e.world().chance(ORE_CHANCE)) {
            e.items().give(CHRYSOLITE_ORE, 1)
        } else if (e.world().chance(FRAGMENT_CHANCE * 100 / (100 - ORE_CHANCE))) {
            e.items().give(TORN_MAP_FRAGMENT, 1)
        }
    }

    void onTalk(NpcEvent e, QuestState qs) {
        Items items = e.items()
        if (e.npc().npcId() == CHICHIRIN) {
            e.dialogue().showPage('chichirin.htm')
            return
        }
        if (qs.isCreated()) {
            if (e.player().race() != PlayerView.DWARF) {
                e.dialogue().showPage('filaur-not-a-dwarf.htm')
            } else {
                e.dialogue().showPage(e.player().level() < MIN_LEVEL ? 'filaur-too-young.htm' : 'filaur-offer.htm')
            }
            return
        }
        long ores = items.count(CHRYSOLITE_ORE)
        long maps = items.count(HIDDEN_ORE_MAP)
        if (ores + maps == 0) {
            e.dialogue().showPage('filaur-nothing.htm')
            return
        }
        // Taken first, paid after: ore and maps are sold once.
        if ((ores > 0 && !items.take(CHRYSOLITE_ORE, ores)) || (maps > 0 && !items.take(HIDDEN_ORE_MAP, maps))) {
            return
        }
        long pay = price(ores, maps)
        items.give(Items.ADENA, pay)
        e.dialogue().showPage(maps > 0 ? 'filaur-paid-map.htm' : 'filaur-paid.htm', [adena: pay])
    }
}

new TheHiddenVeins()
