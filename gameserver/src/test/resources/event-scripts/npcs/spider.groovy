// Test script of ScriptEventsTest: a Giant Spider (20103) that reports every event it hears.
import org.aden.game.script.api.NpcContext
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.NpcScript

new NpcScript() {
    int spawns = 0
    /** patrols by NPC object id */
    Map<Integer, Integer> patrols = [:]

    Set<Integer> npcIds() { [20103] as Set }

    void onSpawn(NpcContext e) {
        spawns++
        e.timers().repeat('patrol', 500)
    }

    void onAttack(NpcEvent e, int damage) {
        e.dialogue().show("attacked for ${damage}")
        if (damage == 13) e.timers().start('boom', 100)
        if (damage >= 100 && !e.timers().isRunning('revenge')) e.timers().start('revenge', 2000)
    }

    void onSkillSee(NpcEvent e, int skillId, int skillLevel, boolean targeted) {
        e.dialogue().show("saw skill ${skillId} level ${skillLevel}, targeted ${targeted}")
    }

    void onKill(NpcEvent e) {
        e.dialogue().show("killed by ${e.player().name()}")
    }

    void onTimer(NpcContext e, String name) {
        if (name == 'patrol') {
            int n = (patrols[e.npc().objectId()] ?: 0) + 1
            patrols[e.npc().objectId()] = n
            if (n == 3) e.timers().cancel('patrol')
        } else if (name == 'revenge' && e instanceof NpcEvent) {
            e.dialogue().show("revenge on ${e.player().name()}")
        } else if (name == 'boom') {
            throw new IllegalStateException('boom')
        }
    }
}
