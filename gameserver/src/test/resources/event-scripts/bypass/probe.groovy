// Test script of ScriptEventsTest: the links "probe ..." tied to no NPC.
import org.aden.game.script.api.BypassScript
import org.aden.game.script.api.PlayerEvent

new BypassScript() {
    Set<String> prefixes() { ['probe'] as Set }

    boolean onLink(PlayerEvent e, String prefix, List<String> args) {
        e.dialogue().show("probe ${args.join(',')} for %playerName%")
        true
    }
}
