package org.aden.game.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.aden.common.net.PacketReader;
import org.aden.game.TestData;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.cast.Abnormals;
import org.aden.game.cast.Casting;
import org.aden.game.cast.SkillEffects;
import org.aden.game.cast.SkillSupport;
import org.aden.game.combat.Combat;
import org.aden.game.combat.Deaths;
import org.aden.game.combat.Drops;
import org.aden.game.move.Teleports;
import org.aden.game.network.server.skill.MagicSkillLaunched;
import org.aden.game.network.server.skill.MagicSkillUse;
import org.aden.game.npc.NpcTemplate;
import org.aden.game.skill.SkillTemplate;
import org.aden.game.stat.PlayerStats;
import org.aden.game.world.RecordingSink;
import org.aden.game.world.WorldFixture;
import org.junit.jupiter.api.Test;

/** Monsters cast their template's skills in a fight, and call their clan when attacked (fake clock, real data). */
class MonsterSkillsTest {
    final WorldFixture fx = new WorldFixture();
    final PlayerStats stats = new PlayerStats(
            TestData.world().characterTemplates(), TestData.world().skills());
    final Combat combat = new Combat(fx.world, fx.actions, new Random(7));
    final Teleports teleports = new Teleports(fx.world, fx.actions);
    final Deaths deaths = new Deaths(
            fx.world,
            combat,
            TestData.world().experience(),
            stats,
            teleports,
            TestData.world().mapRegions(),
            Drops.NONE);
    final Abnormals abnormals = new Abnormals(fx.world, stats);
    final Casting casting = new Casting(
            fx.world,
            TestData.world().skills(),
            new SkillEffects(
                    fx.world, combat, abnormals, teleports, TestData.world().mapRegions(), new Random(3)));
    final MonsterSkills ai = new MonsterSkills(casting, new Random(5));

    {
        combat.setMonsterTurn(ai);
    }

    static int intAt(byte[] b, int offset) {
        return new PacketReader(b, offset, 4).readD();
    }

    /** The first monster template (by id) with a supported offensive spell that reaches from afar. */
    NpcTemplate caster() {
        return TestData.world().npcs().all().stream()
                .filter(NpcTemplate::isMonster)
                .filter(t -> ai.usable(t).stream().anyMatch(s -> SkillSupport.offensive(s) && s.castRange() >= 400))
                .min(Comparator.comparingInt(NpcTemplate::id))
                .orElseThrow();
    }

    @Test
    void aMonsterCastsItsOffensiveSkillsAtItsTargetNowAndThen() {
        NpcTemplate t = caster();
        Npc m = new Npc(0x20000001, t, 200, 0, -3000, 0);
        fx.world.spawn(m);
        Player p = fx.player("Prey", 0, 0);
        p.setVitals(100_000, p.curMp(), p.curCp()); // survives the fight
        RecordingSink sink = fx.sink(p);
        combat.attack(m, p);
        fx.ticks(600); // a minute of fighting
        List<byte[]> uses = sink.withOpcode(MagicSkillUse.OPCODE).stream()
                .filter(b -> intAt(b, 1) == m.objectId())
                .toList();
        assertFalse(uses.isEmpty(), "no skill of " + t.name() + " used in a minute");
        List<Integer> ids = ai.usable(t).stream().map(SkillTemplate::id).toList();
        uses.forEach(b -> assertTrue(ids.contains(intAt(b, 9))));
        assertTrue(sink.withOpcode(MagicSkillLaunched.OPCODE).stream().anyMatch(b -> intAt(b, 1) == m.objectId()));
        assertTrue(p.curHp() < 100_000);
    }

    @Test
    void anAttackedMonsterCallsItsClanWithinItsHelpRange() {
        NpcTemplate t = TestData.world().npcs().all().stream()
                .filter(NpcTemplate::isMonster)
                .filter(x -> !x.behaviour().clans().isEmpty() && x.combat().clanHelpRange() >= 300)
                .min(Comparator.comparingInt(NpcTemplate::id))
                .orElseThrow();
        Npc hit = new Npc(0x20000011, t, 300, 0, -3000, 0);
        Npc friend = new Npc(0x20000012, t, 300, 200, -3000, 0);
        Npc far = new Npc(0x20000013, t, 300 + t.combat().clanHelpRange() + 400, 0, -3000, 0);
        fx.world.spawn(hit);
        fx.world.spawn(friend);
        fx.world.spawn(far);
        Player p = fx.player("Hunter", 0, 0);
        p.setVitals(100_000, p.curMp(), p.curCp());
        fx.ticks(1);
        combat.damage(p, hit, 1);
        assertEquals(p, combat.targetOf(hit));
        assertEquals(p, combat.targetOf(friend), "the clan comes to help");
        assertFalse(combat.isFighting(far), "out of the help range");
    }
}
