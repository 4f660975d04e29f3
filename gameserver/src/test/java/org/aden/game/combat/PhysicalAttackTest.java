package org.aden.game.combat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The formulas with fixed seeds: the source's numbers, not ours. */
class PhysicalAttackTest {
    static Fighter f(
            double pAtk, double pDef, int crit, double acc, double eva, int rnd, int shieldDef, int shieldRate) {
        return new Fighter(10, pAtk, pDef, 300, 40, crit, acc, eva, rnd, shieldDef, shieldRate, 10);
    }

    @Test
    void damageIs70TimesPAtkOverPDefDoubledOnCriticalsAndWithTheShieldAdded() {
        Fighter a = f(100, 0, 0, 0, 0, 0, 0, 0);
        Fighter t = f(0, 70, 0, 0, 0, 0, 30, 100);
        Random r = new Random(1);
        assertEquals(100, PhysicalAttack.damage(a, t, false, false, r));
        assertEquals(200, PhysicalAttack.damage(a, t, true, false, r));
        assertEquals(70, PhysicalAttack.damage(a, t, false, true, r));
        assertEquals(1, PhysicalAttack.damage(f(0, 0, 0, 0, 0, 0, 0, 0), t, false, false, r));
        Fighter spread = f(100, 0, 0, 0, 0, 10, 0, 0);
        for (int i = 0; i < 1000; i++) {
            int d = PhysicalAttack.damage(spread, t, false, false, r);
            assertTrue(d >= 90 && d <= 110, "±10%: " + d);
        }
    }

    @Test
    void hitChanceIsKeptBetween20And98Percent() {
        Random r = new Random(42);
        int hits = 0;
        for (int i = 0; i < 10000; i++) {
            hits += PhysicalAttack.hits(f(0, 0, 0, 100, 0, 0, 0, 0), f(0, 0, 0, 0, 0, 0, 0, 0), r) ? 1 : 0;
        }
        assertEquals(9800, hits, 100); // accuracy far above evasion: capped at 98%
        hits = 0;
        for (int i = 0; i < 10000; i++) {
            hits += PhysicalAttack.hits(f(0, 0, 0, 0, 0, 0, 0, 0), f(0, 0, 0, 0, 100, 0, 0, 0), r) ? 1 : 0;
        }
        assertEquals(2000, hits, 150); // floor of 20%
        hits = 0;
        for (int i = 0; i < 10000; i++) {
            hits += PhysicalAttack.hits(f(0, 0, 0, 5, 0, 0, 0, 0), f(0, 0, 0, 0, 0, 0, 0, 0), r) ? 1 : 0;
        }
        assertEquals(9000, hits, 150); // 80 + 2 × 5
    }

    @Test
    void aSwingLasts500000OverAttackSpeed() {
        assertEquals(1666, PhysicalAttack.swingMillis(f(0, 0, 0, 0, 0, 0, 0, 0)));
    }
}
