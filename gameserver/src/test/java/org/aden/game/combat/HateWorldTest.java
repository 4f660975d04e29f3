package org.aden.game.combat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aden.game.TestData;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.npc.NpcTemplate;
import org.aden.game.world.WorldFixture;
import org.aden.game.zone.MapRegions;
import org.junit.jupiter.api.Test;

/** Hate lists on a fake clock: whom a monster fights, whom it forgets, who gets the exp; chaotic restarts. */
class HateWorldTest {
    static final NpcTemplate WOLF = TestData.world().npcs().get(20120).orElseThrow(); // level 4, 141 exp

    final WorldFixture fx = new WorldFixture();
    final CombatFixture cf = new CombatFixture(fx, Drops.NONE);
    final Combat combat = cf.combat;
    final Deaths deaths = cf.deaths;

    Player tough(String name, int x, int y) {
        Player p = fx.player(name, x, y);
        p.setStats(CombatFixture.tough(p.stats()));
        p.setVitals(100000, p.curMp(), p.curCp());
        return p;
    }

    Npc wolf(int x, int y) {
        Npc n = new Npc(0x20000000 + x, WOLF, x, y, -3000, 0);
        fx.world.spawn(n);
        return n;
    }

    @Test
    void theMonsterTurnsToWhoeverItHatesMost() {
        Player a = tough("Tank", 40, 0);
        Player b = tough("Striker", 0, 40);
        Npc w = wolf(0, 0);
        combat.damage(a, w, 5);
        fx.ticks(2);
        assertSame(a, combat.targetOf(w), "the first to hit is fought");
        assertEquals(Hate.ofDamage(5, 4), w.hate().hate(a.objectId()));
        combat.damage(b, w, 20); // four times the damage, four times the hate
        fx.ticks(25); // its next think, after a swing of about 2 s
        assertSame(b, combat.targetOf(w), "the most hated is fought");
        TestKills.kill(deaths, b, w);
        fx.ticks(2);
        assertSame(a, combat.targetOf(w), "the dead is forgotten: back to the other");
        assertEquals(0, w.hate().hate(b.objectId()));
        assertEquals(20, w.hate().damage(b.objectId()), "its damage still counts");
        combat.forget(a); // logs out
        fx.ticks(2);
        assertFalse(combat.isFighting(w), "nobody left to hate: home it goes");
    }

    @Test
    void anAttackerBeyondTheLeashIsForgotten() {
        Player a = tough("Kiter", 40, 0);
        Player b = tough("Stayer", 0, 40);
        Npc w = wolf(0, 0);
        combat.damage(b, w, 2);
        combat.damage(a, w, 20);
        fx.ticks(25);
        assertSame(a, combat.targetOf(w));
        fx.world.relocate(a, 2500, 0, -3000); // out of the leash
        fx.ticks(25);
        assertEquals(0, w.hate().hate(a.objectId()));
        assertSame(b, combat.targetOf(w), "the one still in reach");
        assertTrue(w.curHp() < w.maxHp(), "no walk home while someone is hated");
    }

    @Test
    void theExpIsSharedByDamage() {
        Player a = tough("Big", 40, 0);
        Player b = tough("Small", 0, 40);
        Player far = tough("Far", 1700, 0);
        Npc w = wolf(0, 0);
        combat.damage(far, w, 8); // too far at the kill: no share, and the others share all
        combat.damage(a, w, 45);
        combat.damage(b, w, 15); // 68 in all: the kill
        assertTrue(w.isDead());
        assertEquals(Math.round(141 * 45 / 60.0), a.exp(), "three quarters of 141");
        assertEquals(Math.round(141 * 15 / 60.0), b.exp());
        assertEquals(0, far.exp());
    }

    @Test
    void partyMatesWhoBothHitGainTheirShareOnce() {
        Player a = tough("Left", 40, 0);
        Player b = tough("Right", 0, 40);
        deaths.shareRewardsWith((dealer, dead) -> java.util.Map.of(a, 0.5, b, 0.5)); // a party of two, even levels
        Npc w = wolf(0, 0);
        combat.damage(a, w, 50);
        fx.sink(a).clear();
        fx.sink(b).clear();
        combat.damage(b, w, 18); // the kill
        assertTrue(w.isDead());
        assertEquals(Math.round(141 * 0.5), a.exp(), "half of the whole kill, whoever hit more");
        assertEquals(Math.round(141 * 0.5), b.exp());
        for (Player p : java.util.List.of(a, b)) {
            long gains = fx.sink(p).withOpcode(org.aden.game.network.server.system.SystemMessage.OPCODE).stream()
                    .filter(m -> new org.aden.common.net.PacketReader(m, 1, 4).readD() == 95)
                    .count();
            assertEquals(1, gains, "one \"you have earned\" message, not one per damage dealer");
        }
    }

    @Test
    void aPlayerWithKarmaRestartsAtTheChaoticPoint() {
        MapRegions regions = TestData.world().mapRegions();
        int x = -84000, y = 243000; // Talking Island
        MapRegions.Point chaotic =
                regions.regionAt(x, y).orElseThrow().chaoticPoints().get(0);
        assertEquals(chaotic, regions.restartPoint(x, y, true).orElseThrow());
        assertEquals(regions.townRestartPoint(x, y), regions.restartPoint(x, y, false));
        Player pk = fx.player("Chaotic", x, y);
        pk.setPvpRecord(500, 0, 1);
        Npc w = wolf(x + 40, y);
        TestKills.kill(deaths, pk, w);
        deaths.restart(pk, 0);
        assertEquals(chaotic.x(), pk.x(), "to the chaotic restart point");
        assertEquals(chaotic.y(), pk.y());
    }
}
