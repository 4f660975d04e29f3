// Test quest of ScriptEventsTest: taken at Roien (30008), it counts hits and skills on Giant Spiders (20103)
// and moves to step 2 a second after the player enters a zone; it writes down the levels gained and the entries
// into the world while it is started.
import org.aden.game.script.api.NpcContext
import org.aden.game.script.api.NpcEvent
import org.aden.game.script.api.PlayerEvent
import org.aden.game.script.api.Quest
import org.aden.game.script.api.QuestState

new Quest() {
    int id() { 9999 }
    String name() { 'Q09999_Probe' }
    Set<Integer> startNpcs() { [30008] as Set }
    Set<Integer> talkNpcs() { [30008] as Set }
    Set<Integer> killNpcs() { [20103] as Set }
    Set<String> zones() { ['talking_island_town_peace_zone1'] as Set }

    void onTalk(NpcEvent e, QuestState qs) {
        if (qs.isCreated()) {
            e.dialogue().show('<a action="bypass -h npc_%objectId%_Quest 9999 accept">Accept</a>')
        } else {
            e.dialogue().show('Under way.')
        }
    }

    void onEvent(NpcEvent e, QuestState qs, String event) {
        if (event == 'accept' && qs.isCreated()) {
            qs.start()
            e.dialogue().show('Accepted.')
        }
    }

    void onAttack(NpcEvent e, QuestState qs, int damage) {
        qs.set('hits', (((qs.get('hits') ?: '0') as int) + 1).toString())
    }

    void onSkillSee(NpcEvent e, QuestState qs, int skillId, int skillLevel, boolean targeted) {
        if (e.npc().npcId() == 20103) qs.set('skill', "${skillId}/${targeted}".toString())
    }

    void onEnterZone(PlayerEvent e, QuestState qs, String zone) {
        qs.set('zone', zone)
        e.timers().start('step', 1000)
    }

    void onLevelUp(PlayerEvent e, QuestState qs, int level) {
        qs.set('levels', ((qs.get('levels') ?: '') + " ${level}").trim())
        if (level >= 13 && qs.cond() == 1) qs.setCond(3)
    }

    void onEnterWorld(PlayerEvent e, QuestState qs) {
        qs.set('entered', e.player().name())
    }

    void onTimer(NpcContext e, String name) {
        if (name == 'step' && e instanceof NpcEvent) {
            e.quests().of(9999).setCond(2)
        }
    }
}
