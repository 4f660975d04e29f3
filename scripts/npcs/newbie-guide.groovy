// The Newbie Guides of the five starting villages call out a piece of advice every few minutes to the players
// around them. Their pages stay those of their type (townsfolk.groovy): this script only talks in the chat.
import org.aden.game.script.api.NpcContext
import org.aden.game.script.api.NpcScript

new NpcScript() {
    final long EVERY_MS = 180_000
    final List<String> LINES = [
            'New here? Talk to the villagers: many of them have work for a beginner.',
            'Keep a few healing potions in your bag before you leave the village.',
            'The gatekeeper can send you to the hunting grounds nearby, for a few adena.',
            'Hunt what matches your level; the stronger monsters wait for you.',
    ].asImmutable()
    /** Lines said so far by all the guides: each says the next one. */
    int said = 0

    Set<Integer> npcIds() { [30598, 30599, 30600, 30601, 30602] as Set }

    void onSpawn(NpcContext e) { e.timers().repeat('advice', EVERY_MS) }

    void onTimer(NpcContext e, String name) {
        if (name != 'advice') return
        e.npcActions().say(LINES[said++ % LINES.size()])
    }
}
