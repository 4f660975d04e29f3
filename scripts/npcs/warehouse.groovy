// Warehouse keepers (datapack/npcs type "warehouse"): the private warehouse, deposit and withdrawal, and the skill list
// for the classes a keeper teaches (the dwarves'). Texts are ours; the fee (30 adena per item line) and the checks are
// the engine's.
import groovy.transform.CompileStatic
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.NpcScript

@CompileStatic
class WarehouseKeeperScript implements NpcScript {
    Set<String> npcTypes() { ['warehouse'] as Set<String> }

    static final String LINKS = '<a action="bypass -h npc_%objectId%_DepositP">Deposit an item</a><br>' +
            '<a action="bypass -h npc_%objectId%_WithdrawP">Withdraw an item</a><br>'

    // the dwarves' warehouse keepers also teach (datapack/trainers): the link only for a class they teach
    static final String LEARN = '<a action="bypass -h npc_%objectId%_SkillList">Learn skills</a><br>'

    boolean onFirstTalk(NpcEvent e) {
        String links = LINKS + (e.world().teachesPlayer() ? LEARN : '')
        if (e.dialogue().showOwnPage(links)) {
            return true
        }
        e.dialogue().show('<html><body>%npcName%:<br>Your belongings are safe with me, %playerName%. '
                + 'Each item you leave costs 30 adena.<br><br>' + links + '</body></html>')
        true
    }

    boolean onBypass(NpcEvent e, String command) {
        switch (command) {
            case 'DepositP':
                e.world().showWarehouseDeposit()
                return true
            case 'WithdrawP':
                e.world().showWarehouseWithdraw()
                return true
            case 'SkillList':
                if (!e.world().showSkillList()) { // checked again: the class may have changed since the page
                    e.dialogue().show('%npcName%:<br>I keep goods, not lessons, for your kind.')
                }
                return true
            default:
                return false
        }
    }
}

new WarehouseKeeperScript()
