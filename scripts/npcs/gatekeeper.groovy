import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.NpcScript

/*
 * Gatekeepers (datapack/npcs type "teleporter"). Each one offers the teleports of datapack/teleports whose name
 * starts with its town's prefix ("TI -> Obelisk of Victory"), with their prices. The price is taken before the
 * teleport; a player who cannot pay gets a message and keeps everything. To give a gatekeeper routes, add its
 * template id and its town's prefix below.
 */
final Map<Integer, String> ROUTES = [
        30006: 'TI -> ',                       // Roxxy, Talking Island Village
        30146: 'Elven Village -> ',            // Mirabel
        30134: 'DE Village -> ',               // Jasmine, Dark Elven Village
        30576: 'Orc Village -> ',              // Tamil
        30540: 'Dwarven Village -> ',          // Wirphy
        30320: 'Gludin -> ',                   // Richlin
        30256: 'Gludio -> ',                   // Bella
        30059: 'Dion -> ',                     // Trisha
        30080: 'Giran -> ',                    // Clarissa
        30177: 'Oren -> ',                     // Valentina
        30233: 'Hunters -> ',                  // Esmeralda
        30848: 'Aden -> ',                     // Elisa
        30836: "Hardin's Private Academy -> ", // Minerva
        30899: 'Heine -> ',                    // Flauen
        31275: 'Goddard -> ',                  // Tatiana
        31320: 'Rune -> ',                     // Ilyana
        31964: 'Schuttgart -> ',               // Bilia
]

new NpcScript() {
    Set<String> npcTypes() { ['teleporter'] as Set }

    boolean onFirstTalk(NpcEvent e) {
        def routes = routesOf(e)
        def page = new StringBuilder('<html><body>%npcName%:<br>')
        if (routes.isEmpty()) {
            page << 'The gate is closed for repairs today. Come back another time.'
        } else {
            page << 'Where shall the gate send you?<br><br>'
            routes.each { d ->
                String place = d.name().substring(d.name().indexOf('->') + 2).trim()
                String price = d.price() == 0 ? 'free' : "${d.price()} ${e.items().name(d.itemId())}"
                page << "<a action=\"bypass -h npc_%objectId%_goto ${d.id()}\" msg=\"811;${place}\">${place}</a> (${price})<br>"
            }
        }
        e.dialogue().show(page.append('</body></html>').toString())
        true
    }

    boolean onBypass(NpcEvent e, String command) {
        if (!command.startsWith('goto ')) {
            return false
        }
        int id = command.substring(5).trim() as int
        // only this gatekeeper's own routes, whatever the page said
        if (routesOf(e).any { it.id() == id }) {
            e.world().teleport(id)
        }
        true
    }

    private List routesOf(NpcEvent e) {
        String prefix = ROUTES[e.npc().npcId()]
        prefix == null ? [] : e.world().destinations(prefix)
    }
}
