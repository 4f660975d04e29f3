package org.aden.game.quest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import groovy.lang.GroovyObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aden.common.net.PacketReader;
import org.aden.game.TestData;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.network.server.chat.NpcSay;
import org.aden.game.network.server.move.MoveToLocation;
import org.aden.game.network.server.npc.NpcHtmlMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The script events in the quest harness (fake clock, the real datapack) with the test scripts of
 * {@code src/test/resources/event-scripts}: a Giant Spider's NPC script, an event script, a bypass script for links
 * tied to no NPC and a quest that listens to hits, skills, zones and its own timer.
 */
class ScriptEventsTest {
    static final Path ROOT = Path.of("src/test/resources/event-scripts");
    static final int SPIDER = 20103;
    static final int ROIEN = 30008;
    static final String ZONE = "talking_island_town_peace_zone1";

    QuestHarness h;
    Player p;

    @BeforeEach
    void setUp() {
        h = new QuestHarness(ROOT);
        p = h.player(10);
    }

    private Object script(String key) {
        return h.host().script(key);
    }

    private Object property(String key, String name) {
        return ((GroovyObject) script(key)).getProperty(name);
    }

    @SuppressWarnings("unchecked")
    private List<String> seen() {
        return (List<String>) property("events/probe.groovy", "seen");
    }

    private void startProbeQuest() {
        h.talk(ROIEN);
        h.click("Quest");
        h.click("Quest 9999 accept");
        assertTrue(h.state("Q09999_Probe").isStarted());
    }

    private int pages() {
        return h.fx.sink(p).withOpcode(NpcHtmlMessage.OPCODE).size();
    }

    @Test
    void aSpawnStartsARepeatingNpcTimerThatTheScriptCancels() {
        Npc spider = h.npc(SPIDER);
        assertEquals(1, property("npcs/spider.groovy", "spawns"));
        assertEquals(1, h.events.timers().size());
        h.waitMillis(1400);
        assertEquals(Map.of(spider.objectId(), 2), property("npcs/spider.groovy", "patrols"));
        h.waitMillis(2000);
        assertEquals(Map.of(spider.objectId(), 3), property("npcs/spider.groovy", "patrols"), "cancelled at 3");
        assertEquals(0, h.events.timers().size());
    }

    @Test
    void anNpcSaysALineToThePlayersWhoSeeItAndWalksToAPoint() {
        Player far = h.fx.player("Faraway", p.x() + 20_000, p.y());
        Npc guide = h.npc(30598);
        int x0 = guide.x();
        h.fx.clearSinks();
        h.waitMillis(1100);
        List<byte[]> said = h.fx.sink(p).withOpcode(NpcSay.OPCODE);
        assertEquals(1, said.size(), "one line to the player beside it");
        PacketReader r = new PacketReader(said.get(0), 1, said.get(0).length - 1);
        assertEquals(guide.objectId(), r.readD());
        assertEquals(0, r.readD(), "general chat");
        assertEquals(1_030_598, r.readD(), "the template id the client names it by");
        assertEquals("Newbie Guide has news for you.", r.readS());
        assertTrue(h.fx.sink(far).withOpcode(NpcSay.OPCODE).isEmpty(), "a player who does not see it hears nothing");
        assertTrue(guide.isMoving());
        assertEquals(1, h.fx.sink(p).withOpcode(MoveToLocation.OPCODE).size(), "the walk is shown");
        h.waitMillis(8000); // 300 units at its walking speed of 50
        assertEquals(x0 + 300, guide.x());
        assertFalse(guide.isMoving(), "it stays where it walked to");
        assertEquals(0, h.host().failures());
    }

    @Test
    void anNpcTimerEndsWithItsNpc() {
        Npc spider = h.npc(SPIDER);
        h.fx.world.despawn(spider);
        h.waitMillis(1500);
        assertNull(((Map<?, ?>) property("npcs/spider.groovy", "patrols")).get(spider.objectId()));
        assertEquals(0, h.events.timers().size());
    }

    @Test
    void aHitReachesTheNpcScriptAndTheStartedQuest() {
        h.hit(SPIDER, 40);
        assertEquals("<html><body>attacked for 40</body></html>", h.page());
        assertNull(h.state("Q09999_Probe"), "a quest not taken hears nothing");
        startProbeQuest();
        h.hit(SPIDER, 41);
        h.hit(SPIDER, 42);
        assertEquals("<html><body>attacked for 42</body></html>", h.page());
        assertEquals("2", h.state("Q09999_Probe").vars().get("hits"));
    }

    @Test
    void aTimerStartedInAHitGoesOffWithThePlayerLater() {
        h.hit(SPIDER, 150);
        h.waitMillis(1900);
        assertEquals("<html><body>attacked for 150</body></html>", h.page());
        h.waitMillis(200);
        assertEquals("<html><body>revenge on Questor</body></html>", h.page());
    }

    @Test
    void aPlayerTimerEndsWhenThePlayerLeaves() {
        h.hit(SPIDER, 150); // the revenge timer: the spider and the player
        h.events.entered(p); // the welcome timer: the player alone
        int timers = h.events.timers().size();
        h.fx.world.despawn(p);
        assertEquals(timers - 2, h.events.timers().size());
        h.waitMillis(2500);
        assertFalse(seen().contains("timer welcome"));
    }

    @Test
    void aSkillIsSeenByTheNpcsNearTheCaster() {
        Npc far = new Npc(0x2F000000, TestData.world().npcs().get(SPIDER).orElseThrow(), p.x() + 1500, p.y(), p.z(), 0);
        h.fx.world.spawn(far);
        startProbeQuest();
        h.cast(1011, 2, SPIDER);
        assertEquals("<html><body>saw skill 1011 level 2, targeted true</body></html>", h.page());
        assertEquals("1011/true", h.state("Q09999_Probe").vars().get("skill"));
        int before = pages();
        h.cast(1012, 1, null); // on itself: the spider beside it sees it, the far one does not
        assertEquals(before + 1, pages());
        assertEquals("<html><body>saw skill 1012 level 1, targeted false</body></html>", h.page());
    }

    @Test
    void aKillReachesTheNpcScript() {
        h.kill(SPIDER);
        assertEquals("<html><body>killed by Questor</body></html>", h.page());
    }

    @Test
    void anExceptionInATimerIsReportedAndKeptInside() {
        long failures = h.host().failures();
        h.hit(SPIDER, 13);
        h.waitMillis(300);
        assertEquals(failures + 1, h.host().failures());
        h.hit(SPIDER, 14); // the script still answers
        assertEquals("<html><body>attacked for 14</body></html>", h.page());
    }

    @Test
    void enteringTheWorldStartsAPlayerTimerWhosePageLinkGoesToTheBypassScript() {
        h.events.entered(p);
        assertEquals(List.of("enter Questor"), seen());
        h.waitMillis(1000);
        assertEquals(List.of("enter Questor", "timer welcome"), seen());
        assertTrue(h.page().contains("bypass -h probe ok 1"), h.page());
        assertEquals("<html><body>probe ok,1 for Questor</body></html>", h.clickLink("probe ok 1"));
        int before = pages();
        h.clickLink("probe ok 1"); // no longer on the last page
        h.clickLink("probe forged");
        assertEquals(before, pages(), "links not offered are refused");
    }

    @Test
    void aReloadedEventScriptHearsItsRunningTimerWithItsNewCodeAndABrokenOneKeepsTheOld(@TempDir Path dir)
            throws Exception {
        try (var files = Files.walk(ROOT)) {
            for (Path f : files.toList()) {
                Path to = dir.resolve(ROOT.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        h = new QuestHarness(dir);
        p = h.player(10);
        h.events.entered(p); // starts the 1 s welcome timer
        Path probe = dir.resolve("events/probe.groovy");
        String old = Files.readString(probe);
        Files.writeString(
                probe, old.replace("seen << \"timer ${name}\".toString()", "seen << \"new ${name}\".toString()"));
        h.host().apply(h.host().compile("events/probe"));
        h.waitMillis(1000);
        assertEquals(List.of("new welcome"), seen(), "the new code, its own list");

        int lines = old.split("\n", -1).length;
        Files.writeString(probe, old + "}\n");
        List<String> report = h.host().apply(h.host().compile("events/probe"));
        assertTrue(report.get(0).contains("events/probe.groovy:" + lines + ":"), report.toString());
        h.events.entered(p);
        assertEquals(List.of("new welcome", "enter Questor"), seen(), "the last good version still runs");
    }

    @Test
    void eachLevelGainedIsHeard() {
        long exp = TestData.world().experience().expFor(13) - p.exp();
        h.deaths.gain(p, exp, 0);
        assertEquals(List.of("level 11", "level 12", "level 13"), seen());
    }

    @Test
    void aStartedQuestHearsLevelsGainedAndEnteringTheWorld() {
        h.deaths.gain(p, TestData.world().experience().expFor(11) - p.exp(), 0);
        h.events.entered(p);
        assertNull(h.state("Q09999_Probe"), "a quest not taken hears nothing");

        startProbeQuest();
        h.deaths.gain(p, TestData.world().experience().expFor(13) - p.exp(), 0);
        assertEquals("12 13", h.state("Q09999_Probe").vars().get("levels"), "once per level gained");
        assertEquals(3, h.state("Q09999_Probe").cond(), "a step reached by a level");
        assertEquals(
                List.of("level 11", "enter Questor", "level 12", "level 13"),
                seen(),
                "the event scripts still hear them all");

        h.events.entered(p);
        assertEquals(p.name(), h.state("Q09999_Probe").vars().get("entered"));
    }

    @Test
    void zonesAreEnteredAndLeftAndAQuestTimerFollows() {
        startProbeQuest();
        h.events.startZoneScan();
        h.fx.world.relocate(p, -84000, 243000, -3600);
        h.waitMillis(600);
        assertEquals(List.of("in " + ZONE), seen());
        assertEquals(ZONE, h.state("Q09999_Probe").vars().get("zone"));
        assertEquals(1, h.state("Q09999_Probe").cond());
        h.waitMillis(1000);
        assertEquals(2, h.state("Q09999_Probe").cond(), "the quest's timer moved it on");
        h.fx.world.relocate(p, -84000, 243000, -3000);
        h.waitMillis(600);
        assertEquals(List.of("in " + ZONE, "out " + ZONE), seen());
    }
}
