// Village masters (datapack/npcs types village-master-*): class changes at 20, 40 and 76. The classes a class leads
// to, the levels and the proof items come from datapack/classes and datapack/class-changes; the engine checks them
// again, takes the proofs and saves the new class in one transaction. Which masters serve which paths is ours to say
// (below). Texts are ours.
import groovy.transform.CompileStatic
import org.aden.game.script.api.GameWorld
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.NpcScript

// base classes each kind of master serves: 0 Human Fighter, 10 Human Mystic, 18 Elven Fighter, 25 Elven Mystic,
// 31 Dark Fighter, 38 Dark Mystic, 44 Orc Fighter, 49 Orc Mystic, 53 Dwarven Fighter
Map<String, List<Integer>> SERVED = [
        'village-master-fighter': [0, 18],
        'village-master-mystic' : [10, 25],
        'village-master-priest' : [10, 25],
        'village-master-d-elf'  : [31, 38],
        'village-master-orc'    : [44, 49],
        'village-master-dwarf'  : [53],
]
// the healers' path (Cleric, Bishop, Prophet; Elven Oracle, Elven Elder) is the priests', the rest of the mystics'
Set<Integer> HEALERS = [15, 16, 17, 29, 30, 97, 98, 105] as Set<Integer>

@CompileStatic
class VillageMasterScript implements NpcScript {
    final Map<String, List<Integer>> served
    final Set<Integer> healers

    VillageMasterScript(Map<String, List<Integer>> served, Set<Integer> healers) {
        this.served = served
        this.healers = healers
    }

    Set<String> npcTypes() { served.keySet() }

    boolean onFirstTalk(NpcEvent e) {
        if (e.dialogue().showOwnPage('<a action="bypass -h npc_%objectId%_ClassChange">Ask about a class change</a><br>')) {
            return true
        }
        e.dialogue().show('<html><body>%npcName%:<br>Every path has its gates, %playerName%. Those who have proven '
                + 'themselves may pass through them here.<br><br>'
                + '<a action="bypass -h npc_%objectId%_ClassChange">Ask about a class change</a>'
                + '</body></html>')
        true
    }

    boolean onBypass(NpcEvent e, String command) {
        if (command == 'ClassChange') {
            showChoices(e)
            return true
        }
        if (command.startsWith('ChangeTo ')) {
            int classId = Integer.parseInt(command.substring(9).trim())
            // only a class this master offers, whatever the link said
            GameWorld.ClassChoice choice = mine(e).find { GameWorld.ClassChoice c -> c.classId() == classId }
            if (choice == null) {
                e.dialogue().show('%npcName%:<br>That is not a path I can open for you.')
                return true
            }
            answer(e, choice, e.world().changeClass(classId))
            return true
        }
        false
    }

    private List<GameWorld.ClassChoice> mine(NpcEvent e) {
        List<Integer> bases = served[e.npc().type()]
        if (bases == null || !bases.contains(e.world().baseClassOf(e.player().classId()))) {
            return []
        }
        boolean priest = e.npc().type() == 'village-master-priest'
        boolean mystic = e.npc().type() == 'village-master-mystic'
        e.world().classChoices().findAll { GameWorld.ClassChoice c ->
            boolean healer = healers.contains(c.classId())
            // the first step of both mystic paths is taught by the mystics' masters
            !(priest && !healer) && !(mystic && healer && c.level() > 20)
        }
    }

    private void showChoices(NpcEvent e) {
        List<GameWorld.ClassChoice> choices = mine(e)
        StringBuilder page = new StringBuilder('<html><body>%npcName%:<br>')
        if (choices.isEmpty()) {
            page << 'I have nothing to teach you about your path. Seek a master of your own kind, or walk on: '
            page << 'not every road has another gate.'
        } else {
            page << 'These paths lie open before you:<br><br>'
            for (GameWorld.ClassChoice c : choices) {
                page << "<font color=\"LEVEL\">${c.name()}</font> (level ${c.level()})<br>"
                if (e.world().classChangeFree()) {
                    page << 'No proof is asked of you.<br>'
                } else if (c.proofItems().isEmpty()) {
                    page << 'This path is opened by its own trial, not by me.<br>'
                } else {
                    page << 'Bring: '
                    page << c.proofItems().collect { Integer id ->
                        (e.items().count(id) > 0 ? '' : 'missing ') + e.items().name(id)
                    }.join(', ')
                    page << '<br>'
                }
                if (ready(e, c)) {
                    page << "<a action=\"bypass -h npc_%objectId%_ChangeTo ${c.classId()}\">Become a ${c.name()}</a><br>"
                }
                page << '<br>'
            }
        }
        e.dialogue().show(page.append('</body></html>').toString())
    }

    private static boolean ready(NpcEvent e, GameWorld.ClassChoice c) {
        if (e.player().level() < c.level()) {
            return false
        }
        if (e.world().classChangeFree()) {
            return true
        }
        !c.proofItems().isEmpty() && c.proofItems().every { Integer id -> e.items().count(id) > 0 }
    }

    private static void answer(NpcEvent e, GameWorld.ClassChoice c, GameWorld.ClassChangeResult r) {
        switch (r) {
            case GameWorld.ClassChangeResult.CHANGED:
                e.dialogue().show("%npcName%:<br>Then go forth as a ${c.name()}, %playerName%. Your trials have earned it.")
                break
            case GameWorld.ClassChangeResult.LEVEL_TOO_LOW:
                e.dialogue().show("%npcName%:<br>You are not ready yet. Come back when you have reached level ${c.level()}.")
                break
            case GameWorld.ClassChangeResult.MISSING_PROOF:
                e.dialogue().show('%npcName%:<br>Words are not enough. Bring me the proof of your trials.')
                break
            case GameWorld.ClassChangeResult.BUSY:
                e.dialogue().show('%npcName%:<br>Catch your breath first, then ask me again.')
                break
            default:
                e.dialogue().show('%npcName%:<br>That is not a path I can open for you.')
        }
    }
}

new VillageMasterScript(SERVED, HEALERS)
