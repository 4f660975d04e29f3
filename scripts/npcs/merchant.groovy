// Merchants (datapack/npcs type "merchant"): a first page with a link to each buy list of datapack/buylists that
// names the merchant, and one to sell, under the merchant's own page (pages/<id>.htm) when it has one. Texts are ours;
// what is sold and at what price is data.
import groovy.transform.CompileStatic
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.NpcScript

@CompileStatic
class MerchantScript implements NpcScript {
    Set<String> npcTypes() { ['merchant'] as Set<String> }

    boolean onFirstTalk(NpcEvent e) {
        List<Integer> lists = e.world().buyListsOf(e.npc().npcId())
        StringBuilder links = new StringBuilder()
        lists.eachWithIndex { Integer id, int i ->
            String label = lists.size() == 1 ? 'Buy' : "Buy (list ${i + 1})"
            links << "<a action=\"bypass -h npc_%objectId%_Buy ${id}\">${label}</a><br>"
        }
        links << '<a action="bypass -h npc_%objectId%_Sell">Sell</a><br>'
        if (e.dialogue().showOwnPage(links.toString())) {
            return true
        }
        String greeting = lists.isEmpty()
                ? 'My shelves are bare today, but I still buy what adventurers bring in.'
                : 'Good day, %playerName%. Have a look at what I have.'
        e.dialogue().show("<html><body>%npcName%:<br>${greeting}<br><br>${links}</body></html>".toString())
        true
    }

    boolean onBypass(NpcEvent e, String command) {
        if (command == 'Sell') {
            e.world().showSellList()
            return true
        }
        if (!command.startsWith('Buy ')) {
            return false
        }
        int id = Integer.parseInt(command.substring(4).trim())
        if (e.world().buyListsOf(e.npc().npcId()).contains(id)) {
            e.world().showBuyList(id)
        }
        true
    }
}

new MerchantScript()
