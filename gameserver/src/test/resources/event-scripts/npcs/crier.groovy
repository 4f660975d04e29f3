// Test script of ScriptEventsTest: a second after it appears, the Newbie Guide (30598) calls out and walks 300 units east.
import org.aden.game.script.api.NpcContext
import org.aden.game.script.api.NpcScript

new NpcScript() {
    Set<Integer> npcIds() { [30598] as Set }

    void onSpawn(NpcContext e) { e.timers().start('cry', 1000) }

    void onTimer(NpcContext e, String name) {
        if (name != 'cry') return
        e.npcActions().say("${e.npc().name()} has news for you.".toString())
        e.npcActions().walkTo(e.npc().x() + 300, e.npc().y(), e.npc().z())
    }
}
