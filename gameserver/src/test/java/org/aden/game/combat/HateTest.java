package org.aden.game.combat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aden.game.actor.HateList;
import org.junit.jupiter.api.Test;

/** The hate formulas and the hate list's choices. */
class HateTest {
    @Test
    void hateFollowsMobius() {
        assertEquals(500, Hate.ofDamage(100, 13), "100 × 100 / (13 + 7)");
        assertEquals(0, Hate.ofDamage(0, 13));
        assertEquals(138, Hate.ofSkill(-138), "an offensive skill: minus its effect point");
        assertEquals(0, Hate.ofSkill(50));
        assertEquals(681, Hate.ofSupport(50, 4), "50 × 150 / (4 + 7)");
        assertEquals(0, Hate.ofSupport(-50, 4));
    }

    @Test
    void theMostHatedIsFoughtAndTheTopDealerCredited() {
        HateList h = new HateList();
        h.add(1, 100, 50);
        h.add(2, 10, 400);
        h.add(3, 0, 1);
        assertEquals(2, h.mostHated(id -> true));
        assertEquals(1, h.mostHated(id -> id != 2), "one who cannot be fought is passed over");
        assertEquals(1, h.topDamageDealer());
        h.stopHating(2);
        assertEquals(1, h.mostHated(id -> true));
        assertEquals(10, h.damage(2), "its damage still counts");
        assertEquals(
                java.util.List.of(1, 2),
                java.util.List.copyOf(h.damageByAttacker().keySet()));
        h.clear();
        assertEquals(0, h.mostHated(id -> true));
    }
}
