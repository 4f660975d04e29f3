package org.aden.game.quest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Path of the Warrior (quest 401): Auron's letter to Simplon, ten rusted swords from Tracker Skeletons (40 %), the
 * chosen sword back to Auron, twenty spider legs taken while wielding his Rusted Bronze Sword, and the Medallion of
 * Warrior (the class-change proof), 163800 adena and exp by level, once. Human Fighters from level 18.
 */
class PathOfTheWarriorTest {
    static final String Q = "Q00401_PathOfTheWarrior";
    static final int AURON = 30010;
    static final int SIMPLON = 30253;
    static final int TRACKER_SKELETON = 20035;
    static final int VENOMOUS_SPIDER = 20038;
    static final int ARACHNID_TRACKER = 20043;
    static final int RUSTED_BRONZE_SWORD = 1142;
    static final int MEDALLION = 1145;

    static void take(QuestHarness h) {
        h.talk(AURON);
        h.click("Quest");
        h.click("Quest 401 ask");
        h.click("Quest 401 accept");
    }

    /** Plays the test up to Auron's sword in the bag (step 5). */
    static void upToTheSword(QuestHarness h) {
        take(h);
        h.talk(SIMPLON);
        h.click("Quest");
        h.click("Quest 401 letter");
        int kills = 0;
        while (h.count(1140) < 10 && kills < 300) {
            h.kill(TRACKER_SKELETON);
            kills++;
        }
        h.talk(SIMPLON);
        h.click("Quest");
        h.talk(AURON);
        h.click("Quest");
        h.click("Quest 401 sword");
    }

    @Test
    void theWholeTestGivesTheMedallionOnce() {
        QuestHarness h = new QuestHarness();
        h.player(20);
        take(h);
        assertEquals(1, h.count(1138), "Auron's letter");
        h.talk(SIMPLON);
        h.click("Quest");
        h.click("Quest 401 letter");
        assertEquals(0, h.count(1138));
        assertEquals(1, h.count(1139), "Warrior Guild Mark");
        assertEquals(2, h.state(Q).cond());

        int kills = 0;
        while (h.count(1140) < 10 && kills < 300) {
            h.kill(TRACKER_SKELETON);
            kills++;
        }
        assertEquals(10, h.count(1140), "ten swords after " + kills + " skeletons");
        assertTrue(kills > 10, "not every skeleton has one: " + kills);
        assertEquals(3, h.state(Q).cond());
        int writes = h.itemWrites.size() + h.questWrites.size();
        h.kill(TRACKER_SKELETON);
        h.kill(TRACKER_SKELETON);
        assertEquals(writes, h.itemWrites.size() + h.questWrites.size(), "ten is enough");

        h.talk(SIMPLON);
        h.click("Quest");
        assertEquals(0, h.count(1140));
        assertEquals(0, h.count(1139));
        assertEquals(1, h.count(1141));
        assertEquals(1, h.count(1143), "Simplon's letter");
        assertEquals(4, h.state(Q).cond());

        h.talk(AURON);
        h.click("Quest");
        h.click("Quest 401 sword");
        assertEquals(0, h.count(1141) + h.count(1143));
        assertEquals(1, h.count(RUSTED_BRONZE_SWORD));
        assertEquals(5, h.state(Q).cond());

        h.kill(VENOMOUS_SPIDER);
        assertEquals(0, h.count(1144), "a spider killed without Auron's sword in hand counts for nothing");
        h.wield(RUSTED_BRONZE_SWORD);
        for (int i = 0; i < 22; i++) {
            h.kill(i % 2 == 0 ? VENOMOUS_SPIDER : ARACHNID_TRACKER);
        }
        assertEquals(20, h.count(1144), "twenty legs, no more");
        assertEquals(6, h.state(Q).cond());

        long exp = h.player().exp();
        int level = h.player().level();
        h.talk(AURON);
        h.click("Quest");
        assertEquals(0, h.count(1144));
        assertEquals(1, h.count(MEDALLION));
        assertEquals(163800, h.count(57));
        assertEquals(
                level >= 20 ? 320534 : level == 19 ? 456128 : 160267, h.player().exp() - exp);
        assertEquals(QuestRecord.COMPLETED, h.state(Q).state());
        h.assertNothingMoreGiven(() -> {
            h.talk(AURON);
            h.click("Quest");
            h.click("Quest 401 ask");
            h.click("Quest 401 accept");
        });
        assertTrue(h.page().contains("already have the Medallion"), h.page());
        assertEquals(1, h.count(MEDALLION));
    }

    @Test
    void theMedallionMakesAWarriorAtTheVillageMaster() {
        QuestHarness h = new QuestHarness();
        h.player(20);
        upToTheSword(h);
        h.wield(RUSTED_BRONZE_SWORD);
        for (int i = 0; i < 20; i++) {
            h.kill(VENOMOUS_SPIDER);
        }
        h.talk(AURON);
        h.click("Quest");
        assertEquals(1, h.count(MEDALLION));

        h.talk(30026); // Bitz, master of fighters in Talking Island
        h.click("ClassChange");
        assertTrue(h.links().contains("ChangeTo 1"), "the medallion opens the Warrior: " + h.page());
        h.click("ChangeTo 1");
        assertEquals(1, h.player().classId(), "a Warrior");
        assertEquals(0, h.count(MEDALLION), "the master keeps the proof");
    }

    @Test
    void abortTakesTheTestItems() {
        QuestHarness h = new QuestHarness();
        h.player(18);
        upToTheSword(h);
        assertEquals(5, h.state(Q).cond());
        h.abort(401);
        assertNull(h.state(Q));
        assertEquals(0, h.count(RUSTED_BRONZE_SWORD), "Auron's sword goes back with the quest");
    }

    @Test
    void onlyHumanFightersOfLevel18() {
        QuestHarness h = new QuestHarness();
        h.player(20, 0, 10); // a Human Mystic
        h.talk(AURON);
        h.click("Quest");
        assertTrue(h.click("Quest 401 ask").contains("not your road"), h.page());
        h.assertNothingMoreGiven(() -> h.click("Quest 401 accept"));
        assertNull(h.state(Q));

        QuestHarness y = new QuestHarness();
        y.player(17);
        y.talk(AURON);
        y.click("Quest");
        assertTrue(y.click("Quest 401 ask").contains("Requires level 18"), y.page());
        y.assertNothingMoreGiven(() -> y.click("Quest 401 accept"));
        assertNull(y.state(Q));
    }
}
