package org.aden.game.quest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aden.game.actor.Npc;
import org.junit.jupiter.api.Test;

/**
 * Path of the Orc Raider (quest 414), Kasman's road: Goblin Tomb Raider Leaders leave green blood, which draws out a
 * Kuruka Ratman Leader (5 % per blood carried; the quest calls him up, attacking the player); ten of his teeth for
 * Karukia, then two betrayers' heads from Umbar Orcs (20 %) for Kasman's Mark of Raider (the class-change proof),
 * 163800 adena and exp by level, once. Orc Fighters from level 18.
 */
class PathOfTheOrcRaiderTest {
    static final String Q = "Q00414_PathOfTheOrcRaider";
    static final int KARUKIA = 30570;
    static final int KASMAN = 30501;
    static final int GOBLIN_LEADER = 20320;
    static final int KURUKA_LEADER = 27045;
    static final int UMBAR_ORC = 27054;
    static final int ORC = 3;
    static final int ORC_FIGHTER = 44;
    static final int MARK_OF_RAIDER = 1592;

    static void take(QuestHarness h) {
        h.talk(KARUKIA);
        h.click("Quest");
        h.click("Quest 414 ask");
        h.click("Quest 414 accept");
    }

    /** Kills goblin leaders until the Kuruka Leader comes out, then kills him; the goblins it took. */
    static int oneTooth(QuestHarness h) {
        int goblins = 0;
        while (!h.killSpawned(KURUKA_LEADER) && goblins < 200) {
            h.kill(GOBLIN_LEADER);
            goblins++;
        }
        return goblins;
    }

    @Test
    void theWholeTrialGivesTheMarkOnce() {
        QuestHarness h = new QuestHarness();
        h.player(20, ORC, ORC_FIGHTER);
        take(h);
        assertEquals(1, h.count(1579), "Goblin Dwelling Map");

        h.kill(GOBLIN_LEADER);
        assertEquals(1, h.count(1578), "the first kill always leaves green blood");
        assertTrue(h.spawned.isEmpty());
        int goblins = 1 + oneTooth(h);
        Npc kuruka = h.spawned.get(0);
        assertEquals(KURUKA_LEADER, kuruka.template().id());
        assertEquals(1, h.count(1580), "a tooth of the Kuruka Leader");
        assertEquals(0, h.count(1578), "the blood is spent when he comes");
        for (int i = 1; i < 10; i++) {
            goblins += oneTooth(h);
        }
        assertEquals(10, h.count(1580));
        assertEquals(10, h.spawned.size(), "one Kuruka Leader per tooth");
        assertTrue(goblins > 20 && goblins < 120, goblins + " goblin leaders for ten Kuruka Leaders");
        assertEquals(2, h.state(Q).cond());

        h.talk(KARUKIA);
        h.click("Quest");
        h.click("Quest 414 reports");
        assertEquals(0, h.count(1580) + h.count(1579));
        assertEquals(1, h.count(1589));
        assertEquals(1, h.count(1590));
        assertEquals(3, h.state(Q).cond());

        for (int kills = 0; h.count(1591) < 2 && kills < 300; kills++) {
            h.kill(UMBAR_ORC);
        }
        assertEquals(2, h.count(1591), "two heads");
        assertEquals(0, h.count(1589) + h.count(1590), "each head answers a report");
        assertEquals(4, h.state(Q).cond());

        long exp = h.player().exp();
        int sp = h.player().sp();
        int level = h.player().level();
        h.talk(KASMAN);
        h.click("Quest");
        assertEquals(0, h.count(1591));
        assertEquals(1, h.count(MARK_OF_RAIDER));
        assertEquals(163800, h.count(57));
        assertEquals(
                level >= 20 ? 320534 : level == 19 ? 456128 : 591724, h.player().exp() - exp);
        assertEquals(
                level >= 20 ? 21312 : level == 19 ? 28010 : 34708, h.player().sp() - sp);
        assertEquals(QuestRecord.COMPLETED, h.state(Q).state());
        h.assertNothingMoreGiven(() -> {
            h.talk(KARUKIA);
            h.click("Quest");
            h.click("Quest 414 ask");
            h.click("Quest 414 accept");
        });
        assertTrue(h.page().contains("already carry the Mark of Raider"), h.page());

        h.talk(30500); // Osborn, orc high prefect
        h.click("ClassChange");
        assertTrue(h.links().contains("ChangeTo 45"), "the proof opens the class: " + h.page());
        h.click("ChangeTo 45");
        assertEquals(45, h.player().classId(), "an Orc Raider");
        assertEquals(0, h.count(MARK_OF_RAIDER), "the master keeps the proof");
    }

    @Test
    void theCalledUpLeaderAttacksAndLeavesWhenNotFought() {
        QuestHarness h = new QuestHarness();
        h.player(18, ORC, ORC_FIGHTER);
        take(h);
        for (int i = 0; i < 200 && h.spawned.isEmpty(); i++) {
            h.kill(GOBLIN_LEADER);
        }
        Npc kuruka = h.spawned.get(0);
        assertTrue(h.fx.world.object(kuruka.objectId()) == kuruka, "in the world");
        assertTrue(h.combat.targetOf(kuruka) == h.player(), "he comes for the player");
        h.fx.ticks((int)
                ((MonsterSpawns.LINGER_MILLIS + 1000) / h.fx.world.settings().tickMillis()));
        assertFalse(h.fx.world.object(kuruka.objectId()) == kuruka, "gone after two minutes");
        assertFalse(h.killSpawned(KURUKA_LEADER));
    }

    @Test
    void abortTakesTheTrialItems() {
        QuestHarness h = new QuestHarness();
        h.player(18, ORC, ORC_FIGHTER);
        take(h);
        h.kill(GOBLIN_LEADER);
        h.abort(414);
        assertNull(h.state(Q));
        assertEquals(0, h.count(1578) + h.count(1579));
    }

    @Test
    void onlyOrcFightersOfLevel18() {
        QuestHarness h = new QuestHarness();
        h.player(20, ORC, 49); // an Orc Mystic
        h.talk(KARUKIA);
        h.click("Quest");
        assertTrue(h.click("Quest 414 ask").contains("belongs to Orc Fighters"), h.page());
        h.assertNothingMoreGiven(() -> h.click("Quest 414 accept"));
        assertNull(h.state(Q));
        QuestHarness y = new QuestHarness();
        y.player(17, ORC, ORC_FIGHTER);
        y.talk(KARUKIA);
        y.click("Quest");
        assertTrue(y.click("Quest 414 ask").contains("Requires level 18"), y.page());
        y.assertNothingMoreGiven(() -> y.click("Quest 414 accept"));
        assertNull(y.state(Q));
    }
}
