package org.aden.game.combat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.aden.common.net.PacketReader;
import org.aden.game.actor.Creature;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.network.server.combat.Attack;
import org.aden.game.shot.ShotBoost;
import org.aden.game.world.WorldFixture;
import org.junit.jupiter.api.Test;

/** A soulshot doubles the swing's P.Atk and shows in the Attack hit flag; the same seed with and without one. */
class SoulshotSwingTest {
    /** A D-grade soulshot on every swing. */
    static final ShotBoost ALWAYS_D = new ShotBoost() {
        @Override
        public int takeSoulshot(Creature attacker) {
            return attacker instanceof Player ? SOULSHOT_FLAG | 1 : 0;
        }

        @Override
        public int takeSpiritshot(Creature caster) {
            return 1;
        }
    };

    /** The first Attack of the player against a wolf that cannot die: damage and flags. */
    static int[] firstHit(ShotBoost shots) {
        WorldFixture fx = new WorldFixture();
        Combat combat = new Combat(fx.world, fx.actions, new Random(11));
        new Deaths(fx.world, combat, null, null, null, null, Drops.NONE);
        combat.useShots(shots);
        Player p = fx.player("Gunner", 0, 0);
        p.setStats(CombatWorldTest.withPAtk(p.stats(), 300, 100000));
        p.setVitals(100000, p.curMp(), p.curCp());
        Npc w = new Npc(0x20000100, CombatWorldTest.WOLF, 40, 0, -3000, 0);
        fx.world.spawn(w);
        w.setVitals(1e9, 0, 0);
        combat.attack(p, w);
        fx.ticks(200);
        List<byte[]> attacks = fx.sink(p).withOpcode(Attack.OPCODE).stream()
                .filter(b -> new PacketReader(b, 1, 4).readD() == p.objectId())
                .filter(b -> (b[13] & Attack.MISS) == 0)
                .toList();
        assertTrue(!attacks.isEmpty(), "a hit landed");
        byte[] a = attacks.get(0);
        return new int[] {new PacketReader(a, 9, 4).readD(), a[13] & 0xFF};
    }

    @Test
    void aSoulshotDoublesTheDamageAndFlagsTheHit() {
        int[] plain = firstHit(ShotBoost.NONE);
        int[] shot = firstHit(ALWAYS_D);
        assertEquals(0, plain[1] & ShotBoost.SOULSHOT_FLAG);
        assertEquals(ShotBoost.SOULSHOT_FLAG | 1, shot[1] & 0x1F, "soulshot bit with grade D");
        assertTrue(shot[0] == 2 * plain[0] || shot[0] == 2 * plain[0] + 1, plain[0] + " then " + shot[0]);
    }
}
