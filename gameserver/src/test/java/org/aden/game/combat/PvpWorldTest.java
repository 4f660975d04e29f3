package org.aden.game.combat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.aden.common.net.PacketReader;
import org.aden.game.TestData;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.move.Teleports;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.world.CharInfo;
import org.aden.game.network.server.world.RelationChanged;
import org.aden.game.network.server.world.StatusUpdate;
import org.aden.game.network.server.world.UserInfo;
import org.aden.game.npc.NpcTemplate;
import org.aden.game.stat.ExperienceTable;
import org.aden.game.stat.PlayerStats;
import org.aden.game.world.RecordingSink;
import org.aden.game.world.WorldFixture;
import org.aden.game.zone.Zone;
import org.aden.game.zone.Zones;
import org.junit.jupiter.api.Test;

/** The death penalty and player against player on a fake clock: EXP loss, flags, karma, PvP/PK, guards, zones. */
class PvpWorldTest {
    static final ExperienceTable EXP = TestData.world().experience();
    /** A peace zone east of x = 5000 and an arena south of y = -5000; the open field around the origin. */
    static final Zones ZONES = new Zones(List.of(
            new Zone("town", "peace", Zone.Shape.CUBOID, new int[] {5000, 9000}, new int[] {-1000, 1000}, 0, -5000, 0),
            new Zone(
                    "arena",
                    "arena",
                    Zone.Shape.CUBOID,
                    new int[] {-1000, 1000},
                    new int[] {-9000, -5000},
                    0,
                    -5000,
                    0)));

    final WorldFixture fx = new WorldFixture();
    final Combat combat = new Combat(fx.world, fx.actions, new Random(7));
    final PlayerStats stats = new PlayerStats(TestData.world().characterTemplates());
    final Deaths deaths = new Deaths(
            fx.world,
            combat,
            EXP,
            stats,
            new Teleports(fx.world, fx.actions),
            TestData.world().mapRegions(),
            Drops.NONE);
    final Pvp pvp = new Pvp(fx.world, CombatSettings.defaults(), ZONES);

    {
        deaths.usePvp(pvp);
        fx.actions.setInteraction(combat::playerAttacks);
    }

    Player atLevel(String name, int level, int x, int y) {
        Player p = fx.player(name, x, y);
        p.setProgress(level, EXP.expFor(level) + (EXP.expFor(level + 1) - EXP.expFor(level)) / 2, 0);
        stats.recompute(p);
        p.setVitals(p.maxHp(), p.curMp(), p.curCp());
        return p;
    }

    static long span(int level) {
        return EXP.expFor(level + 1) - EXP.expFor(level);
    }

    @Test
    void deathPercentagesFollowTheInterludeTable() {
        assertEquals(10.0, DeathPenalty.percentAt(1));
        assertEquals(8.875, DeathPenalty.percentAt(10));
        assertEquals(5.125, DeathPenalty.percentAt(40));
        assertEquals(4.0, DeathPenalty.percentAt(49));
        assertEquals(4.0, DeathPenalty.percentAt(75));
        assertEquals(2.5, DeathPenalty.percentAt(76));
        assertEquals(1.0, DeathPenalty.percentAt(80));
        assertEquals(0, DeathPenalty.expLost(EXP, 9, 100), "lucky up to level 9");
        assertEquals(Math.round(span(20) * 0.07625), DeathPenalty.expLost(EXP, 20, 100));
        assertEquals(Math.round(span(20) * 0.07625 / 2), DeathPenalty.expLost(EXP, 20, 50), "the config scales it");
        assertEquals(0, DeathPenalty.expLost(EXP, 20, 0));
    }

    @Test
    void aPlayerKilledByAMonsterLosesExpAndCanDropALevel() {
        Player p = atLevel("Fallen", 20, 0, 0);
        p.setProgress(20, EXP.expFor(20) + 10, 0); // just above the level's start
        Npc wolf = new Npc(0x20000001, CombatWorldTest.WOLF, 100, 0, -3000, 0);
        fx.world.spawn(wolf);
        RecordingSink sink = fx.sink(p);
        sink.clear();
        TestKills.kill(deaths, p, wolf);
        long lost = Math.round(span(20) * 0.07625);
        assertEquals(EXP.expFor(20) + 10 - lost, p.exp());
        assertEquals(19, p.level(), "the EXP fell below level 20");
        assertEquals(stats.compute(0, 19, 0, java.util.Map.of()).maxHp(), p.maxHp(), "stats of the lower level");
        assertTrue(
                sink.withOpcode(SystemMessage.OPCODE).stream().anyMatch(b -> new PacketReader(b, 1, 4).readD() == 539),
                "Your Experience has decreased");
        byte[] su = sink.withOpcode(StatusUpdate.OPCODE).stream()
                .filter(b -> new PacketReader(b, 1, 4).readD() == p.objectId())
                .reduce((a, b) -> b)
                .orElseThrow();
        PacketReader r = new PacketReader(su, 5, su.length - 5);
        r.readD(); // count
        assertEquals(StatusUpdate.LEVEL, r.readD());
        assertEquals(19, r.readD());
        assertTrue(sink.count(UserInfo.OPCODE) >= 1);
    }

    @Test
    void noExpIsLostInAnArenaOrByALuckyBeginner() {
        Player arena = atLevel("Gladiator", 30, 0, -7000);
        Player beginner = atLevel("Newbie", 9, 0, 0);
        long arenaExp = arena.exp();
        long beginnerExp = beginner.exp();
        Npc wolf = new Npc(0x20000002, CombatWorldTest.WOLF, 100, 0, -3000, 0);
        TestKills.kill(deaths, arena, wolf);
        TestKills.kill(deaths, beginner, wolf);
        assertEquals(arenaExp, arena.exp());
        assertEquals(beginnerExp, beginner.exp());
    }

    @Test
    void aPlainClickDoesNotAttackAWhitePlayerButAForcedAttackDoesAndFlagsTheAttacker() {
        Player a = atLevel("Attacker", 30, 0, 0);
        Player b = atLevel("Target", 30, 60, 0);
        RecordingSink seen = fx.sink(b);
        seen.clear();
        fx.actions.action(a, b.objectId()); // select
        fx.actions.action(a, b.objectId()); // plain attack: refused, b is white
        assertFalse(combat.isFighting(a));
        combat.playerForcesAttack(a, b);
        assertTrue(combat.isFighting(a));
        fx.ticks(40);
        assertEquals(1, a.pvpFlag(), "the attacker is flagged once a hit lands");
        assertEquals(0, b.pvpFlag(), "the victim is not");
        // the victim sees the purple name: CharInfo with the flag, then RelationChanged with the flag bit
        byte[] ci = seen.withOpcode(CharInfo.OPCODE).stream()
                .filter(x -> new PacketReader(x, 17, 4).readD() == a.objectId())
                .reduce((x, y) -> y)
                .orElseThrow();
        int n = 21 + 2 * ("Attacker".length() + 1); // after the name (world-presence.md §2)
        assertEquals(1, new PacketReader(ci, n + 108, 4).readD(), "CharInfo pvp flag");
        assertEquals(1, new PacketReader(ci, n + 124, 4).readD(), "CharInfo pvp flag again");
        byte[] ui = fx.sink(a).withOpcode(UserInfo.OPCODE).stream()
                .reduce((x, y) -> y)
                .orElseThrow();
        int u = 21 + 2 * ("Attacker".length() + 1);
        assertEquals(1, new PacketReader(ui, u + 324, 4).readD(), "UserInfo pvp flag");
        byte[] rel = seen.withOpcode(RelationChanged.OPCODE).stream()
                .reduce((x, y) -> y)
                .orElseThrow();
        PacketReader r = new PacketReader(rel, 1, rel.length - 1);
        assertEquals(a.objectId(), r.readD());
        assertEquals(Pvp.RELATION_PVP_FLAG, r.readD());
        assertEquals(1, r.readD(), "a flagged player is attackable with a plain click");
        assertEquals(0, r.readD());
        assertEquals(1, r.readD());
        // now b may answer the flagged attacker with a plain click
        assertTrue(pvp.autoAttackable(b, a));
        combat.stop(a);
        fx.ticks(1200); // two minutes without a hit
        assertEquals(0, a.pvpFlag(), "the flag runs out");
    }

    @Test
    void aPlayerArrivingLaterSeesTheFlagAndTheKarmaInTheRelation() {
        Player flagged = atLevel("Flagged", 30, 0, 0);
        flagged.setPvpFlag(1);
        Player killer = atLevel("Red", 30, 40, 0);
        killer.setPvpRecord(720, 0, 2);
        Player newcomer = atLevel("Newcomer", 30, 0, 40);
        RecordingSink sink = fx.sink(newcomer);
        int[] bits = new int[2];
        for (byte[] b : sink.withOpcode(RelationChanged.OPCODE)) {
            PacketReader r = new PacketReader(b, 1, b.length - 1);
            int id = r.readD();
            int relation = r.readD();
            if (id == flagged.objectId()) {
                bits[0] = relation;
            } else if (id == killer.objectId()) {
                bits[1] = relation;
                assertEquals(1, r.readD(), "attackable");
                assertEquals(720, r.readD());
            }
        }
        assertEquals(Pvp.RELATION_PVP_FLAG, bits[0]);
        assertEquals(Pvp.RELATION_KARMA, bits[1]);
    }

    @Test
    void killingAWhitePlayerGivesKarmaAndAPkKillingAFlaggedOneAPvp() {
        Player killer = atLevel("Killer", 40, 0, 0);
        Player white = atLevel("White", 20, 60, 0);
        Player flagged = atLevel("Purple", 40, 0, 60);
        flagged.setPvpFlag(1);
        long flaggedExp = flagged.exp();
        long whiteExp = white.exp();
        TestKills.kill(deaths, white, killer);
        assertEquals(1, killer.pkKills());
        assertEquals(240 * 2, killer.karma(), "240 × (level 40 / level 20)");
        assertTrue(white.exp() < whiteExp, "a white victim pays the death penalty");
        TestKills.kill(deaths, flagged, killer);
        assertEquals(1, killer.pvpKills());
        assertEquals(1, killer.pkKills());
        assertEquals(flaggedExp, flagged.exp(), "no EXP lost to a player while flagged");
        assertEquals(240, pvp.karmaGain(1, 40, 40));
        assertEquals(240 * 5, pvp.karmaGain(10, 40, 40), "PKs / 2");
        assertEquals(10000, pvp.karmaGain(200, 80, 10), "capped at the max");
        // karma goes down with EXP gained: EXP / 260
        deaths.gain(killer, 260 * 100, 0);
        assertEquals(480 - 100, killer.karma());
    }

    @Test
    void guardsAttackPlayersWithKarmaOnly() {
        NpcTemplate guard = CombatWorldTest.aggressive("guard", false);
        Player honest = atLevel("Honest", 20, 0, 0);
        Npc g = new Npc(0x20000003, guard, 100, 0, -3000, 0);
        fx.world.spawn(g);
        combat.scanAggro();
        assertFalse(combat.isFighting(g));
        honest.setPvpRecord(500, 0, 1);
        combat.scanAggro();
        assertTrue(combat.isFighting(g));
        assertEquals(honest, combat.targetOf(g));
    }

    @Test
    void noPvpInPeaceZones() {
        Player a = atLevel("Townie", 30, 6000, 0);
        Player b = atLevel("Other", 30, 6050, 0);
        b.setPvpRecord(1000, 0, 3); // even a PK is safe in town
        RecordingSink sink = fx.sink(a);
        sink.clear();
        combat.playerForcesAttack(a, b);
        assertFalse(combat.isFighting(a));
        assertTrue(sink.withOpcode(SystemMessage.OPCODE).stream()
                .anyMatch(x -> new PacketReader(x, 1, 4).readD() == Pvp.CANNOT_ATTACK_IN_PEACE_ZONE));
        // from the field at someone in town
        Player c = atLevel("Outsider", 30, 4950, 0);
        combat.playerForcesAttack(c, b);
        assertFalse(combat.isFighting(c));
    }
}
