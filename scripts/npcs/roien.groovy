// Roien, Grand Master of the Talking Island Village (template 30008): the example of docs/scripting.md.
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.NpcScript

new NpcScript() {
    Set<Integer> npcIds() { [30008] as Set }

    boolean onFirstTalk(NpcEvent e) {
        e.dialogue().showPage('roien.htm', [level: e.player().level()])
    }

    boolean onBypass(NpcEvent e, String command) {
        if (command != 'advice') return false
        e.dialogue().show("%npcName%:<br>At level ${e.player().level()}, hunt nothing stronger than you are.")
        true
    }
}
