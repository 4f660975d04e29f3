// Fishermen (datapack/npcs type "fisherman"): a greeting and the fishing skills to learn. What they teach, and for how
// much adena, comes from datapack/skill-trees (type fishing); the checks and the saving are the engine's. Texts are
// ours.
import groovy.transform.CompileStatic
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.NpcScript

@CompileStatic
class FishermanScript implements NpcScript {
    Set<String> npcTypes() { ['fisherman'] as Set<String> }

    boolean onFirstTalk(NpcEvent e) {
        if (e.dialogue().showOwnPage('<a action="bypass -h npc_%objectId%_FishSkillList">Learn fishing skills</a><br>')) {
            return true
        }
        e.dialogue().show('<html><body>%npcName%:<br>The water is calm today, %playerName%. Patience catches more '
                + 'than strength does; I can teach you the first, if you can pay for the lessons.<br><br>'
                + '<a action="bypass -h npc_%objectId%_FishSkillList">Learn fishing skills</a>'
                + '</body></html>')
        true
    }

    boolean onBypass(NpcEvent e, String command) {
        if (command != 'FishSkillList') {
            return false
        }
        e.world().showFishingSkillList()
        true
    }
}

new FishermanScript()
