// Test script of ScriptEventsTest: writes down every world event it hears.
import org.aden.game.script.api.EventScript
import org.aden.game.script.api.PlayerEvent

new EventScript() {
    List<String> seen = []

    Set<String> zones() { ['talking_island_town_peace_zone1'] as Set }

    void onEnterWorld(PlayerEvent e) {
        seen << "enter ${e.player().name()}".toString()
        e.timers().start('welcome', 1000)
    }

    void onLevelUp(PlayerEvent e, int level) { seen << "level ${level}".toString() }

    void onEnterZone(PlayerEvent e, String zone) { seen << "in ${zone}".toString() }

    void onExitZone(PlayerEvent e, String zone) { seen << "out ${zone}".toString() }

    void onTimer(PlayerEvent e, String name) {
        seen << "timer ${name}".toString()
        e.dialogue().show('<html><body>Welcome back.<br><a action="bypass -h probe ok 1">Thanks</a></body></html>')
    }
}
