// First pages of the townsfolk by NPC type, until their trades are scripted (trainers: trainer.groovy, fishermen:
// fisherman.groovy).
// A script for an NPC's template id answers before these. The texts are ours.
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.NpcScript

final Map<String, String> GREETINGS = [
        guard     : 'Move along, %playerName%, and keep the peace of this town.',
        adventurer: 'Every road out of town starts with one step, %playerName%.',
]

new NpcScript() {
    Set<String> npcTypes() { GREETINGS.keySet() }

    boolean onFirstTalk(NpcEvent e) {
        if (e.dialogue().showOwnPage('')) {
            return true
        }
        e.dialogue().show('<html><body>%npcName%:<br>' + GREETINGS[e.npc().type()] + '</body></html>')
        true
    }
}
