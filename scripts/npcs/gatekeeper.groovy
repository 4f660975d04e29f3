import groovy.transform.CompileStatic
import org.aden.game.script.api.GameWorld
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.NpcScript

/*
 * Gatekeepers (datapack/npcs type "teleporter"). Each one offers the teleports of datapack/teleports whose name
 * starts with its town's prefix ("TI -> Obelisk of Victory"), with their prices. The price is taken before the
 * teleport; a player who cannot pay gets a message and keeps everything. To give a gatekeeper routes, add its
 * template id and its town's prefix below. A gatekeeper with a page of its own (pages/<id>.htm) lists them there.
 */
Map<Integer, String> ROUTES = [
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

// statically compiled: type mistakes fail the compile (with their line) and no dynamic call sites are set up on use
@CompileStatic
class GatekeeperScript implements NpcScript {
    final Map<Integer, String> routes

    GatekeeperScript(Map<Integer, String> routes) { this.routes = routes }

    Set<String> npcTypes() { ['teleporter'] as Set<String> }

    boolean onFirstTalk(NpcEvent e) {
        List<GameWorld.Destination> mine = routesOf(e)
        StringBuilder links = new StringBuilder()
        for (GameWorld.Destination d : mine) {
            String place = d.name().substring(d.name().indexOf('->') + 2).trim()
            String price = d.price() == 0 ? 'free' : "${d.price()} ${e.items().name(d.itemId())}"
            links << "<a action=\"bypass -h npc_%objectId%_goto ${d.id()}\" msg=\"811;${place}\">${place}</a> (${price})<br>"
        }
        if (e.dialogue().showOwnPage(links.toString())) {
            return true
        }
        String text = mine.isEmpty()
                ? 'The gate is closed for repairs today. Come back another time.'
                : 'Where shall the gate send you?<br><br>' + links
        e.dialogue().show("<html><body>%npcName%:<br>${text}</body></html>".toString())
        true
    }

    boolean onBypass(NpcEvent e, String command) {
        if (!command.startsWith('goto ')) {
            return false
        }
        int id = Integer.parseInt(command.substring(5).trim())
        // only this gatekeeper's own routes, whatever the page said
        if (routesOf(e).any { it.id() == id }) {
            e.world().teleport(id)
        }
        true
    }

    private List<GameWorld.Destination> routesOf(NpcEvent e) {
        String prefix = routes[e.npc().npcId()]
        prefix == null ? Collections.<GameWorld.Destination>emptyList() : e.world().destinations(prefix)
    }
}

new GatekeeperScript(ROUTES)
