package org.aden.game.quest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Fruit of the Mother Tree (quest 161), Elven Village: Andellia's letter to Thalia, the fruit back, 1000 adena and
 * 1000 exp once. Elves only, from level 3.
 */
class FruitOfTheMotherTreeTest {
    static final String Q = "Q00161_FruitOfTheMotherTree";
    static final int ANDELLIA = 30362;
    static final int THALIA = 30371;
    static final int ELF = 1;
    static final int ELVEN_FIGHTER = 18;

    final QuestHarness h = new QuestHarness();

    @Test
    void letterThereFruitBackRewardsOnce() {
        h.player(3, ELF, ELVEN_FIGHTER);
        h.talk(ANDELLIA);
        String offer = h.click("Quest");
        assertTrue(offer.contains("Quest 161 accept"), offer);
        h.click("Quest 161 accept");
        assertEquals(1, h.state(Q).cond());
        assertEquals(1, h.count(1036), "Andellia's letter");
        h.assertNothingMoreGiven(() -> h.click("Quest 161 accept"));

        h.talk(ANDELLIA);
        assertTrue(h.click("Quest").contains("Thalia lives"), h.page());

        h.talk(THALIA);
        h.click("Quest");
        assertEquals(0, h.count(1036));
        assertEquals(1, h.count(1037), "the fruit");
        assertEquals(2, h.state(Q).cond());
        h.assertNothingMoreGiven(() -> {
            h.talk(THALIA);
            h.click("Quest");
        });

        long exp = h.player().exp();
        h.talk(ANDELLIA);
        h.click("Quest");
        assertEquals(0, h.count(1037));
        assertEquals(1000, h.count(57));
        assertEquals(exp + 1000, h.player().exp());
        assertEquals(QuestRecord.COMPLETED, h.state(Q).state());

        h.assertNothingMoreGiven(() -> {
            h.talk(ANDELLIA);
            h.click("Quest");
            h.click("Quest 161 accept");
        });
        assertEquals(1000, h.count(57));
    }

    @Test
    void abortTakesTheLetterOrTheFruit() {
        h.player(5, ELF, ELVEN_FIGHTER);
        h.talk(ANDELLIA);
        h.click("Quest");
        h.click("Quest 161 accept");
        h.talk(THALIA);
        h.click("Quest");
        assertEquals(1, h.count(1037));
        h.abort(161);
        assertNull(h.state(Q));
        assertEquals(0, h.count(1037));
        assertEquals(0, h.count(1036));
    }

    @Test
    void onlyElvesOldEnoughAreAsked() {
        h.player(10); // a human
        h.talk(ANDELLIA);
        assertTrue(h.click("Quest").contains("Only elves"), h.page());
        h.assertNothingMoreGiven(() -> h.click("Quest 161 accept"));
        assertNull(h.state(Q));

        QuestHarness young = new QuestHarness();
        young.player(2, ELF, ELVEN_FIGHTER);
        young.talk(ANDELLIA);
        assertTrue(young.click("Quest").contains("Requires level 3"), young.page());
        young.assertNothingMoreGiven(() -> young.click("Quest 161 accept"));
        assertNull(young.state(Q));
    }
}
