// Trade links any NPC's page may offer (a fisherman's bait, a blacksmith's forge): "Buy <list>", "Sell" and
// "Multisell <list>". Merchants answer Buy and Sell themselves (merchant.groovy); a list is opened only at an NPC it
// names in datapack/buylists or datapack/multisells. Only links of the page just shown reach a script, so a
// multisell that does not name the NPC is a page's mistake, reported with this file and line.
import groovy.transform.CompileStatic
import org.aden.game.script.api.BypassScript
import org.aden.game.script.api.NpcEvent

@CompileStatic
class TradeLinks implements BypassScript {
    Set<String> commands() { ['Buy', 'Sell', 'Multisell'] as Set<String> }

    boolean onBypass(NpcEvent e, String command, List<String> args) {
        if (command == 'Sell') {
            e.world().showSellList()
            return true
        }
        if (args.size() != 1 || !args[0].isInteger()) {
            return false
        }
        int id = args[0] as int
        if (command == 'Buy') {
            if (e.world().buyListsOf(e.npc().npcId()).contains(id)) {
                e.world().showBuyList(id)
            }
            return true
        }
        e.world().showMultisell(id) // a list this NPC is not named by is the page's mistake: reported as an error
        true
    }
}

new TradeLinks()
