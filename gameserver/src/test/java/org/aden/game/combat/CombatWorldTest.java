package org.aden.game.combat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.aden.common.net.PacketReader;
import org.aden.game.TestData;
import org.aden.game.actor.CharacterStats;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.move.Teleports;
import org.aden.game.network.server.combat.Attack;
import org.aden.game.network.server.combat.Die;
import org.aden.game.network.server.combat.Revive;
import org.aden.game.network.server.world.StatusUpdate;
import org.aden.game.npc.NpcTemplate;
import org.aden.game.stat.PlayerStats;
import org.aden.game.world.RecordingSink;
import org.aden.game.world.WorldFixture;
import org.junit.jupiter.api.Test;

/** Fights on a fake clock with a seeded random: a kill, a death and restart, a monster going home. */
class CombatWorldTest {
    static final NpcTemplate WOLF = TestData.world().npcs().get(20120).orElseThrow();

    final WorldFixture fx = new WorldFixture();
    final Combat combat = new Combat(fx.world, fx.actions, new Random(7));
    final PlayerStats stats = new PlayerStats(TestData.world().characterTemplates());
    final Deaths deaths = new Deaths(
            fx.world,
            combat,
            TestData.world().experience(),
            stats,
            new Teleports(fx.world, fx.actions),
            TestData.world().mapRegions(),
            Drops.NONE);

    {
        fx.actions.setInteraction(combat::playerAttacks);
        fx.actions.onPlayerMove(combat::stop);
        fx.world.onPlayerLeft(combat::forget);
    }

    Npc wolf(NpcTemplate t, int x, int y) {
        Npc n = new Npc(0x20000000 + x, t, x, y, -3000, 0);
        boolean[] after = new boolean[1];
        fx.world.spawn(n);
        return n;
    }

    static CharacterStats withPAtk(CharacterStats s, int pAtk, int maxHp) {
        return new CharacterStats(
                s.str(),
                s.dex(),
                s.con(),
                s.intel(),
                s.wit(),
                s.men(),
                maxHp,
                s.maxMp(),
                s.maxCp(),
                pAtk,
                s.pAtkSpd(),
                s.pDef(),
                s.evasion(),
                s.accuracy(),
                s.critical(),
                s.mAtk(),
                s.mAtkSpd(),
                s.mDef(),
                s.runSpeed(),
                s.walkSpeed(),
                s.swimSpeed(),
                s.maxLoad(),
                s.collisionRadius(),
                s.collisionHeight());
    }

    @Test
    void aPlayerWalksUpKillsAWolfAndGainsItsExperience() {
        Player p = fx.player("Hunter", 0, 0);
        p.setStats(withPAtk(p.stats(), 15, 5000));
        p.setVitals(5000, p.curMp(), p.curCp());
        Npc w = wolf(WOLF, 300, 0);
        boolean[] afterDeath = new boolean[1];
        w.setAfterDeath(() -> afterDeath[0] = true);
        RecordingSink sink = fx.sink(p);
        fx.actions.action(p, w.objectId()); // select
        fx.actions.action(p, w.objectId()); // attack
        fx.ticks(30);
        assertTrue(p.isWithin2d(w, 100), "walked into range");
        fx.ticks(600); // a minute
        assertTrue(w.isDead());
        assertTrue(sink.countAbout(Attack.OPCODE, p.objectId()) >= 1, "Attack packets of the player's swings");
        assertTrue(sink.countAbout(Attack.OPCODE, w.objectId()) >= 1, "the wolf fought back");
        assertEquals(1, sink.countAbout(Die.OPCODE, w.objectId()));
        // the HP bar of the target followed every hit, down to 0
        byte[] last = sink.withOpcode(StatusUpdate.OPCODE).stream()
                .filter(b -> new PacketReader(b, 1, 4).readD() == w.objectId())
                .reduce((a, b) -> b)
                .orElseThrow();
        assertEquals(0, new PacketReader(last, last.length - 4, 4).readD());
        assertEquals(141, p.exp());
        assertEquals(2, p.level()); // 68 exp for level 2, 363 for 3
        assertEquals(4, p.sp());
        assertFalse(combat.isFighting(p));
        assertFalse(w.isSpawned(), "corpse removed after the corpse time");
        assertTrue(afterDeath[0], "the spawner's after-death hook ran");
    }

    @Test
    void aMonsterKillsAPlayerWhoRestartsInTheVillage() {
        Player p = fx.player("Victim", 0, 0);
        NpcTemplate fierce = new NpcTemplate(
                WOLF.id(),
                WOLF.displayId(),
                WOLF.name(),
                WOLF.title(),
                false,
                false,
                WOLF.type(),
                20,
                true,
                true,
                false,
                0,
                WOLF.collisionRadius(),
                WOLF.collisionHeight(),
                WOLF.walkSpeed(),
                WOLF.runSpeed(),
                100000,
                0,
                new NpcTemplate.Combat(800, 1000, 0, 0, 300, 40, 4, 50, 0, 0, 0, 0, 0, 0, 0, 0),
                WOLF.rewards());
        Npc w = wolf(fierce, 100, 0);
        fx.actions.action(p, w.objectId());
        fx.actions.action(p, w.objectId());
        fx.ticks(600);
        assertTrue(p.isDead(), "HP " + p.curHp());
        assertFalse(w.isDead());
        RecordingSink sink = fx.sink(p);
        byte[] die = sink.withOpcode(Die.OPCODE).get(0);
        assertEquals(p.objectId(), new PacketReader(die, 1, 4).readD());
        assertEquals(1, new PacketReader(die, 5, 4).readD(), "to village shown");
        assertFalse(combat.isFighting(w), "no monster keeps attacking a dead player");
        fx.actions.moveTo(p, 500, 500, -3000);
        assertFalse(p.isMoving(), "the dead do not walk");

        int diedX = p.x();
        int diedY = p.y();
        deaths.restart(p, 0);
        assertFalse(p.isDead());
        assertEquals((int) (p.maxHp() * Deaths.RESTART_HP), p.curHp(), 1);
        assertEquals(1, sink.countAbout(Revive.OPCODE, p.objectId()));
        var town = TestData.world().mapRegions().townRestartPoint(diedX, diedY).orElseThrow();
        assertEquals(town.x(), p.x(), "to the restart point of the town owning the tile");
        assertEquals(town.y(), p.y());
    }

    @Test
    void aMonsterDrawnTooFarFromHomeGivesUpAndReturnsHealed() {
        Player p = fx.player("Runner", 0, 0);
        p.setStats(withPAtk(p.stats(), 5, 100000));
        p.setVitals(100000, p.curMp(), p.curCp());
        Npc w = wolf(WOLF, 100, 0);
        combat.attack(p, w);
        fx.ticks(30); // a few hits land, the wolf answers
        assertTrue(combat.isFighting(w));
        assertTrue(w.curHp() < w.maxHp());
        combat.stop(p);
        fx.world.relocate(p, 2500, 0, -3000); // out of the leash
        fx.ticks(20);
        assertFalse(combat.isFighting(w));
        assertEquals(w.maxHp(), w.curHp());
        fx.ticks(300);
        assertTrue(w.isWithin2d(fx.world.object(w.objectId()), 1));
        assertTrue(Math.hypot(w.x() - w.homeX(), w.y() - w.homeY()) < 5, "back home at " + w.x() + "," + w.y());
    }

    /** The wolf with an aggro range of 300, of the given type. */
    static NpcTemplate aggressive(String type, boolean attackable) {
        NpcTemplate t = WOLF;
        return new NpcTemplate(
                t.id(),
                t.displayId(),
                t.name(),
                t.title(),
                false,
                false,
                type,
                t.level(),
                attackable,
                true,
                true,
                300,
                t.collisionRadius(),
                t.collisionHeight(),
                t.walkSpeed(),
                t.runSpeed(),
                t.hp(),
                t.mp(),
                t.combat(),
                t.rewards());
    }

    @Test
    void anAggressiveMonsterAttacksAPlayerInItsAggroRange() {
        Player p = fx.player("Passer", 0, 0);
        NpcTemplate angry = aggressive(WOLF.type(), true);
        Npc near = wolf(angry, 200, 0);
        Npc far = wolf(angry, 1500, 0);
        Npc calm = wolf(WOLF, 100, 100);
        combat.scanAggro();
        assertTrue(combat.isFighting(near));
        assertEquals(p, combat.targetOf(near));
        assertFalse(combat.isFighting(far), "outside its aggro range");
        assertFalse(combat.isFighting(calm), "not aggressive");
    }

    /** The Mobius data gives townsfolk such as the Newbie Helper an aggro range: only monsters act on it. */
    @Test
    void townsfolkWithAnAggroRangeLeavePlayersAlone() {
        Player p = fx.player("Newcomer", 0, 0);
        Npc helper = wolf(aggressive("folk", false), 50, 0);
        Npc guard = wolf(aggressive("guard", true), 0, 60);
        combat.scanAggro();
        assertFalse(combat.isFighting(helper), "a peaceful NPC never attacks");
        assertFalse(combat.isFighting(guard), "a guard does not attack a player without karma");
        assertEquals(p.maxHp(), p.curHp());
    }

    @Test
    void aMonsterStopsFightingAPlayerWhoLeftTheWorld() {
        Player p = fx.player("Quitter", 0, 0);
        p.setVitals(5000, p.curMp(), p.curCp());
        Npc w = wolf(WOLF, 100, 0);
        fx.actions.action(p, w.objectId());
        fx.actions.action(p, w.objectId());
        fx.ticks(50);
        assertTrue(combat.isFighting(w), "the wolf fights back");
        fx.world.despawn(p);
        assertFalse(combat.isFighting(w), "and stops once the player is gone");
        assertFalse(combat.isFighting(p));
    }
}
