package org.aden.game.cast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.aden.game.actor.Npc;
import org.junit.jupiter.api.Test;

/** The blow, magic critical and magic success formulas with fixed seeds. */
class BlowFormulasTest {
    /** A creature at (x, y) facing east (heading 0). */
    static Npc at(int x, int y) {
        return new Npc(0x20000000 + x + 7 * y, 1, true, 5, 100, 100, 50, 10, 10, x, y, 0, 0);
    }

    @Test
    void thePositionComesFromTheTargetsFacing() {
        Npc target = at(0, 0); // faces +x
        assertEquals(Blows.Position.BACK, Blows.position(at(-50, 0), target), "west of it, it looks away");
        assertEquals(Blows.Position.FRONT, Blows.position(at(50, 0), target));
        assertEquals(Blows.Position.SIDE, Blows.position(at(0, 50), target));
        assertEquals(Blows.Position.SIDE, Blows.position(at(0, -50), target));
        assertEquals(Blows.Position.BACK, Blows.position(at(-50, 10), target), "a little off the line still behind");
    }

    @Test
    void aBlowLandsTwiceAsOftenFromBehindAsFromTheFront() {
        Random r = new Random(11);
        int back = 0, front = 0, side = 0;
        for (int i = 0; i < 2000; i++) {
            back += Blows.lands(30, 1, Blows.Position.BACK, r) ? 1 : 0;
            side += Blows.lands(30, 1, Blows.Position.SIDE, r) ? 1 : 0;
            front += Blows.lands(30, 1, Blows.Position.FRONT, r) ? 1 : 0;
        }
        assertEquals(0.60, back / 2000.0, 0.04, "30 × 2");
        assertEquals(0.45, side / 2000.0, 0.04, "30 × 1.5");
        assertEquals(0.30, front / 2000.0, 0.04);
        assertFalse(Blows.lands(0, 2, Blows.Position.BACK, r), "no blow chance, no blow");
        assertTrue(Blows.lands(60, 1, Blows.Position.BACK, r), "120 % always lands");
    }

    @Test
    void blowDamageFollowsMobius() {
        assertEquals(77 * 150 / 100.0 * 1.2, Blows.fatalBlow(100, 50, 100, false, Blows.Position.BACK), 1e-9);
        assertEquals(77 * 150 / 100.0, Blows.fatalBlow(100, 50, 100, false, Blows.Position.FRONT), 1e-9);
        assertEquals(
                77 * (100 + 50 * 1.458) / 100.0 * 1.1, Blows.fatalBlow(100, 50, 100, true, Blows.Position.SIDE), 1e-9);
        assertEquals(77 * 150 / 100.0 * 1.458 * 1.2, Blows.backstab(100, 50, 100, true, Blows.Position.BACK), 1e-9);
        assertEquals(1, Blows.fatalBlow(0, 0, 100, false, Blows.Position.FRONT), "at least 1");
    }

    @Test
    void aSkillCriticalNeedsABaseCritRate() {
        Random r = new Random(5);
        int crits = 0;
        for (int i = 0; i < 5000; i++) {
            assertFalse(Blows.critical(0, 3, r));
            crits += Blows.critical(5, 1.2, r) ? 1 : 0;
        }
        assertEquals(0.06, crits / 5000.0, 0.012, "5 × 10 × 1.2 per mille");
    }

    @Test
    void magicCriticalsComeFromWit() {
        assertEquals(10, MagicCritical.ratePerMille(1), 1e-9);
        assertEquals(25, MagicCritical.ratePerMille(2.5), 1e-9);
        assertEquals(200, MagicCritical.ratePerMille(40), 1e-9, "capped at 20 %");
        assertEquals(3, MagicCritical.multiplier(false));
        assertEquals(2.5, MagicCritical.multiplier(true));
        Random r = new Random(3);
        int crits = 0;
        for (int i = 0; i < 20000; i++) {
            crits += MagicCritical.rolls(2.5, r) ? 1 : 0;
        }
        assertEquals(0.025, crits / 20000.0, 0.005);
    }

    @Test
    void magicSuccessFallsWithTheLevelAboveTheSkill() {
        assertEquals(98, MagicSuccess.ratePercent(12, 10, 12, true), "100 − round(1.3²)");
        assertEquals(100, MagicSuccess.ratePercent(5, 10, 5, true), "below the magic level: sure");
        assertEquals(100 - Math.round((float) Math.pow(1.3, 10)), MagicSuccess.ratePercent(20, 10, 20, true));
        assertEquals(
                100 - Math.round((float) (Math.pow(1.3, 4) * 3.5)),
                MagicSuccess.ratePercent(80, 76, 75, true),
                "a level-80 monster five above the caster: Mobius's index 5 − 2 = 3, penalty 3.5");
        assertEquals(
                100 - Math.round((float) Math.pow(1.3, 4)),
                MagicSuccess.ratePercent(80, 76, 75, false),
                "no monster penalty on a player");
        assertEquals(
                100 - Math.round((float) Math.pow(1.3, 3)),
                MagicSuccess.ratePercent(8, 0, 5, true),
                "no magic level: the caster's");
    }
}
