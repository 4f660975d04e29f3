package org.aden.game.cast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.aden.common.net.PacketReader;
import org.aden.game.TestData;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.combat.Combat;
import org.aden.game.combat.CombatFixture;
import org.aden.game.combat.Drops;
import org.aden.game.combat.Hate;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLocation;
import org.aden.game.item.PaperdollSlot;
import org.aden.game.move.Teleports;
import org.aden.game.network.client.skill.RequestMagicSkillUse;
import org.aden.game.network.server.skill.MagicSkillLaunched;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.npc.NpcTemplate;
import org.aden.game.skill.SkillBook;
import org.aden.game.skill.SkillData;
import org.aden.game.skill.SkillTemplate;
import org.aden.game.stat.PlayerStats;
import org.aden.game.stat.StatCalculator;
import org.aden.game.world.WorldFixture;
import org.junit.jupiter.api.Test;

/** Dagger blows by position and the hate a heal stirs, on a fake clock with the datapack's skills. */
class BlowsWorldTest {
    static final NpcTemplate WOLF = TestData.world().npcs().get(20120).orElseThrow();
    static final int BACKSTAB = 30, DEADLY_BLOW = 263, HEAL = 1011, KNIFE = 12, YOU_HIT_FOR = 35;

    final WorldFixture fx = new WorldFixture();
    final CombatFixture cf = new CombatFixture(fx, Drops.NONE);
    final PlayerStats stats = cf.stats;
    final Combat combat = cf.combat;
    final Teleports teleports = cf.teleports;
    final Casting casting = new Casting(
            fx.world,
            TestData.world().skills(),
            new SkillEffects(
                    fx.world,
                    combat,
                    new Abnormals(fx.world, stats),
                    teleports,
                    TestData.world().mapRegions(),
                    new Random(1)));

    Player rogue(String name, int x, int y, int skill, int level) {
        Player p = fx.player(name, x, y);
        p.addComponent(SkillBook.class, new SkillBook(List.of(new SkillData(p.objectId(), skill, level))));
        Inventory.of(p)
                .setItems(List.of(new ItemData(
                        0x30000000 + p.objectId() % 1000,
                        p.objectId(),
                        KNIFE,
                        1,
                        0,
                        ItemLocation.PAPERDOLL,
                        PaperdollSlot.RIGHT_HAND.id())));
        stats.recompute(p);
        p.setStats(CombatFixture.tough(p.stats()));
        p.setVitals(p.maxHp(), 10000, p.maxCp()); // MP for any blow
        return p;
    }

    /** A wolf facing east (heading 0) with HP enough for any blow. */
    Npc wolf(int x, int y) {
        Npc n = new Npc(0x20000000 + x + y, WOLF, x, y, -3000, 0);
        fx.world.spawn(n);
        return n;
    }

    /** Casts the blow; the damage of its hit ("you hit for", before a lethal strike's), 0 when it did not land. */
    int blowDamage(Player p, Npc target, int skill, int ticks) {
        fx.actions.action(p, target.objectId());
        fx.ticks(1);
        fx.sink(p).clear();
        casting.request(p, new RequestMagicSkillUse(skill, false, false));
        fx.ticks(ticks);
        assertEquals(1, fx.sink(p).count(MagicSkillLaunched.OPCODE), "the blow was cast");
        return fx.sink(p).withOpcode(SystemMessage.OPCODE).stream()
                .filter(m -> new PacketReader(m, 1, 4).readD() == YOU_HIT_FOR)
                .map(m -> new PacketReader(m, 13, 4).readD())
                .findFirst()
                .orElse(0);
    }

    @Test
    void aBackstabFromBehindHitsWithTheBlowFormula() {
        Player p = rogue("Behind", 60, 0, BACKSTAB, 1);
        Npc w = wolf(100, 0); // faces east: the rogue stands behind it
        w.setVitals(100000, w.curMp(), 0); // survives any blow
        SkillTemplate t = TestData.world().skills().get(BACKSTAB, 1).orElseThrow();
        assertEquals(Blows.Position.BACK, Blows.position(p, w));
        int dmg = blowDamage(p, w, BACKSTAB, 12);
        int plain =
                (int) Blows.backstab(t.power(), p.stats().pAtk(), WOLF.combat().pDef(), false, Blows.Position.BACK);
        double chance = 40 * StatCalculator.dexBonus(p.stats().dex()) * 2;
        assertTrue(chance >= 80, "from behind: " + chance + " %");
        assertTrue(dmg == plain || dmg == 2 * plain || dmg == 0, "damage " + dmg + ", formula " + plain);
        assertTrue(dmg > 0, "with this seed the blow lands");
        assertSame(p, combat.targetOf(w), "the wolf turns on its attacker");
    }

    @Test
    void aBackstabFromTheFrontDoesNothing() {
        Player p = rogue("Front", 140, 0, BACKSTAB, 1);
        Npc w = wolf(100, 0); // faces east, toward the rogue
        w.setVitals(100000, w.curMp(), 0);
        assertEquals(Blows.Position.FRONT, Blows.position(p, w));
        assertEquals(0, blowDamage(p, w, BACKSTAB, 12));
        assertSame(p, combat.targetOf(w), "but it angers the wolf");
    }

    @Test
    void aDeadlyBlowLandsFromAnySide() {
        int landed = 0;
        for (int i = 0; i < 8; i++) {
            Player p = rogue("Side" + i, 1000 * i + 100, 40, DEADLY_BLOW, 1);
            Npc w = wolf(1000 * i + 100, 0); // the rogue stands at its side
            w.setVitals(100000, w.curMp(), 0);
            assertEquals(Blows.Position.SIDE, Blows.position(p, w));
            SkillTemplate t = TestData.world().skills().get(DEADLY_BLOW, 1).orElseThrow();
            int dmg = blowDamage(p, w, DEADLY_BLOW, 12);
            int plain = (int)
                    Blows.fatalBlow(t.power(), p.stats().pAtk(), WOLF.combat().pDef(), false, Blows.Position.SIDE);
            assertTrue(dmg == 0 || dmg == plain, "damage " + dmg + ", formula " + plain);
            landed += dmg > 0 ? 1 : 0;
        }
        assertTrue(landed > 0 && landed < 8, "30 % × DEX × 1.5 lands some of the time: " + landed);
    }

    @Test
    void aHealOnTheMonstersTargetMakesTheHealerHated() {
        Player tank = rogue("Tank", 40, 0, BACKSTAB, 1);
        Player healer = rogue("Healer", -300, 0, HEAL, 1);
        Npc w = wolf(0, 0);
        combat.damage(tank, w, 5);
        fx.ticks(2);
        assertSame(tank, combat.targetOf(w));
        fx.actions.action(healer, tank.objectId()); // select the tank
        fx.ticks(1);
        casting.request(healer, new RequestMagicSkillUse(HEAL, false, false));
        fx.ticks(55); // 5 s
        assertEquals(1, fx.sink(healer).count(MagicSkillLaunched.OPCODE));
        assertEquals(Hate.ofSupport(50, WOLF.level()), w.hate().hate(healer.objectId()), "50 × 150 / (4 + 7)");
        fx.ticks(10);
        assertSame(healer, combat.targetOf(w), "the healer is hated most now");
    }
}
