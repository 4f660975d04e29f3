// Trainers (datapack/npcs type "trainer"): a greeting and the skill-learning window. What can be learnt, its SP and
// its spellbooks come from datapack/skill-trees; the checks and the saving are the engine's. Texts are ours.
import groovy.transform.CompileStatic
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.NpcScript

@CompileStatic
class TrainerScript implements NpcScript {
    Set<String> npcTypes() { ['trainer'] as Set<String> }

    boolean onFirstTalk(NpcEvent e) {
        e.dialogue().show('<html><body>%npcName%:<br>Strength comes from practice, %playerName%, and practice from '
                + 'a good teacher. Show me what you have earned and I will show you what comes next.<br><br>'
                + '<a action="bypass -h npc_%objectId%_SkillList">Learn skills</a>'
                + '</body></html>')
        true
    }

    boolean onBypass(NpcEvent e, String command) {
        if (command != 'SkillList') {
            return false
        }
        e.world().showSkillList()
        true
    }
}

new TrainerScript()
