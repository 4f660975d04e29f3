// Trainers (datapack/npcs type "trainer"): a greeting and the skill-learning window. Which classes a trainer teaches
// comes from datapack/trainers (anyone else is told so); what can be learnt, its SP and its spellbooks from
// datapack/skill-trees; the checks and the saving are the engine's. Texts are ours.
import groovy.transform.CompileStatic
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.NpcScript

@CompileStatic
class TrainerScript implements NpcScript {
    Set<String> npcTypes() { ['trainer'] as Set<String> }

    static final String LINKS = '<a action="bypass -h npc_%objectId%_SkillList">Learn skills</a><br>'

    boolean onFirstTalk(NpcEvent e) {
        if (e.dialogue().showOwnPage(LINKS)) {
            return true
        }
        e.dialogue().show('<html><body>%npcName%:<br>Strength comes from practice, %playerName%, and practice from '
                + 'a good teacher. Show me what you have earned and I will show you what comes next.<br><br>'
                + LINKS + '</body></html>')
        true
    }

    boolean onBypass(NpcEvent e, String command) {
        if (command != 'SkillList') {
            return false
        }
        if (!e.world().showSkillList()) {
            e.dialogue().show('<html><body>%npcName%:<br>Your path is not one I teach, %playerName%. What I know '
                    + 'would do you no good. Find a trainer of your own calling; there is one in every village '
                    + 'that raised your kind.</body></html>')
        }
        true
    }
}

new TrainerScript()
