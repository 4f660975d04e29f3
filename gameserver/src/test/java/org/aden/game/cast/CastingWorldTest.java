package org.aden.game.cast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.aden.common.net.PacketReader;
import org.aden.game.TestData;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.combat.Combat;
import org.aden.game.combat.Deaths;
import org.aden.game.combat.Drops;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLocation;
import org.aden.game.item.PaperdollSlot;
import org.aden.game.move.Teleports;
import org.aden.game.network.client.skill.RequestMagicSkillUse;
import org.aden.game.network.server.skill.MagicSkillCanceld;
import org.aden.game.network.server.skill.MagicSkillLaunched;
import org.aden.game.network.server.skill.MagicSkillUse;
import org.aden.game.network.server.skill.SetupGauge;
import org.aden.game.network.server.skill.SkillCoolTime;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.world.AbnormalStatusUpdate;
import org.aden.game.network.server.world.TeleportToLocation;
import org.aden.game.npc.NpcTemplate;
import org.aden.game.skill.SkillBook;
import org.aden.game.skill.SkillData;
import org.aden.game.skill.SkillTemplate;
import org.aden.game.stat.PlayerStats;
import org.aden.game.world.RecordingSink;
import org.aden.game.world.WorldFixture;
import org.aden.game.zone.MapRegions;
import org.junit.jupiter.api.Test;

/** Casts on a fake clock with the datapack's skills: damage, MP, reuse, a buff and its end, interruption, items. */
class CastingWorldTest {
    static final NpcTemplate WOLF = TestData.world().npcs().get(20120).orElseThrow();
    static final int WIND_STRIKE = 1177, DASH = 4, POWER_STRIKE = 3;

    final WorldFixture fx = new WorldFixture();
    final PlayerStats stats = new PlayerStats(TestData.world().characterTemplates());
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
                    fx.world,
                    combat,
                    abnormals,
                    fx.actions,
                    teleports,
                    TestData.world().mapRegions()));

    {
        fx.actions.setInteraction(combat::playerAttacks);
        fx.actions.onPlayerMove(p -> {
            combat.stop(p);
            casting.interrupt(p);
        });
    }

    Player caster(String name, int x, int y, int... skillIdLevelPairs) {
        Player p = fx.player(name, x, y);
        List<SkillData> skills = new java.util.ArrayList<>();
        for (int i = 0; i < skillIdLevelPairs.length; i += 2) {
            skills.add(new SkillData(p.objectId(), skillIdLevelPairs[i], skillIdLevelPairs[i + 1]));
        }
        p.addComponent(SkillBook.class, new SkillBook(skills));
        p.setVitals(p.maxHp(), p.maxMp(), p.maxCp());
        return p;
    }

    Npc wolf(int x, int y) {
        Npc n = new Npc(0x20000000 + x, WOLF, x, y, -3000, 0);
        fx.world.spawn(n);
        return n;
    }

    static int intAt(byte[] b, int offset) {
        return new PacketReader(b, offset, 4).readD();
    }

    @Test
    void aLaunchedSkillIsReportedWithItsTargetsOnceItLands() {
        List<String> heard = new java.util.ArrayList<>();
        casting.onLaunched((c, id, level, affected) -> heard.add(c.name() + " " + id + "/" + level + " on "
                + affected.stream().map(x -> x.name()).toList()));
        Player p = caster("Mage", 0, 0, WIND_STRIKE, 1);
        Npc w = wolf(300, 0);
        fx.actions.action(p, w.objectId());
        fx.ticks(1);
        casting.request(p, new RequestMagicSkillUse(WIND_STRIKE, false, false));
        fx.ticks(1);
        assertEquals(List.of(), heard, "not before the cast time");
        fx.ticks(40);
        assertEquals(List.of("Mage 1177/1 on [" + w.name() + "]"), heard);
    }

    @Test
    void windStrikeCostsMpAndHitsAfterItsCastTime() {
        Player p = caster("Mage", 0, 0, WIND_STRIKE, 1);
        Npc w = wolf(300, 0);
        RecordingSink sink = fx.sink(p);
        fx.actions.action(p, w.objectId()); // select
        fx.ticks(1);
        sink.clear();
        int mp = p.curMp();
        casting.request(p, new RequestMagicSkillUse(WIND_STRIKE, false, false));
        fx.ticks(1);
        byte[] use = sink.withOpcode(MagicSkillUse.OPCODE).get(0);
        assertEquals(p.objectId(), intAt(use, 1));
        assertEquals(w.objectId(), intAt(use, 5));
        assertEquals(WIND_STRIKE, intAt(use, 9));
        assertEquals(4000, intAt(use, 17));
        assertEquals(4000, intAt(sink.withOpcode(SetupGauge.OPCODE).get(0), 5));
        assertEquals(mp - 2, p.curMp(), "the initial MP at the start");
        assertEquals(w.maxHp(), w.curHp(), "nothing lands before the cast time");
        fx.ticks(40);
        assertEquals(1, sink.count(MagicSkillLaunched.OPCODE));
        assertEquals(mp - 9, p.curMp(), "2 + 7 MP in all");
        int dmg = MagicDamage.damage(p.stats().mAtk(), WOLF.combat().mDef(), 12, 1);
        assertEquals(w.maxHp() - dmg, w.curHp(), "91 × √M.Atk / M.Def × 12");
        assertTrue(combat.isFighting(w), "the wolf answers the spell");
    }

    @Test
    void aTargetOutOfRangeIsApproachedFirst() {
        Player p = caster("Walker", 0, 0, WIND_STRIKE, 1);
        Npc w = wolf(1500, 0);
        fx.actions.action(p, w.objectId());
        fx.ticks(1);
        casting.request(p, new RequestMagicSkillUse(WIND_STRIKE, false, false));
        fx.ticks(1);
        assertTrue(p.isMoving(), "walks toward the wolf");
        assertEquals(0, fx.sink(p).count(MagicSkillUse.OPCODE));
        fx.ticks(100);
        assertTrue(p.isWithin2d(w, 700));
        assertEquals(1, fx.sink(p).count(MagicSkillUse.OPCODE));
        // with Shift the player does not walk: refused with message 22
        Player q = caster("Stayer", 0, 3000, WIND_STRIKE, 1);
        Npc far = wolf(1500, 3000);
        fx.actions.action(q, far.objectId());
        fx.ticks(1);
        casting.request(q, new RequestMagicSkillUse(WIND_STRIKE, false, true));
        fx.ticks(1);
        assertFalse(q.isMoving());
        assertEquals(22, intAt(fx.sink(q).withOpcode(SystemMessage.OPCODE).getLast(), 1));
    }

    @Test
    void movingInterruptsTheCast() {
        Player p = caster("Fidget", 0, 0, WIND_STRIKE, 1);
        Npc w = wolf(300, 0);
        fx.actions.action(p, w.objectId());
        fx.ticks(1);
        casting.request(p, new RequestMagicSkillUse(WIND_STRIKE, false, false));
        fx.ticks(10);
        fx.actions.moveTo(p, -500, 0, -3000);
        fx.ticks(50);
        assertEquals(1, fx.sink(p).count(MagicSkillCanceld.OPCODE));
        assertEquals(0, fx.sink(p).count(MagicSkillLaunched.OPCODE));
        assertEquals(w.maxHp(), w.curHp());
        assertTrue(fx.sink(p).withOpcode(SystemMessage.OPCODE).stream().anyMatch(b -> intAt(b, 1) == 27));
    }

    @Test
    void dashRaisesRunSpeedForFifteenSecondsAndWaitsItsReuse() {
        Player p = caster("Runner", 0, 0, DASH, 1);
        RecordingSink sink = fx.sink(p);
        int run = p.runSpeed();
        casting.request(p, new RequestMagicSkillUse(DASH, false, false));
        fx.ticks(11);
        assertEquals(run + 40, p.runSpeed(), "buff: run-spd +40");
        byte[] bar = sink.withOpcode(AbnormalStatusUpdate.OPCODE).getLast();
        assertEquals(1, new PacketReader(bar, 1, 2).readH());
        assertEquals(DASH, intAt(bar, 3));
        assertEquals(15, intAt(bar, 9));
        // a second use waits for the reuse (message 48), and the cool-down list says so
        casting.request(p, new RequestMagicSkillUse(DASH, false, false));
        fx.ticks(1);
        assertEquals(1, sink.count(MagicSkillUse.OPCODE));
        assertEquals(48, intAt(sink.withOpcode(SystemMessage.OPCODE).getLast(), 1));
        byte[] cool = SkillReuse.of(p).coolTime(fx.world.now()).encode();
        assertEquals(1, intAt(cool, 1));
        assertEquals(30, intAt(cool, 13));
        assertTrue(intAt(cool, 17) > 25 && intAt(cool, 17) <= 30);
        fx.ticks(150); // the buff's 15 s are over
        assertEquals(run, p.runSpeed());
        assertEquals(
                0, new PacketReader(sink.withOpcode(AbnormalStatusUpdate.OPCODE).getLast(), 1, 2).readH());
        fx.ticks(150); // 30 s after the first cast
        casting.request(p, new RequestMagicSkillUse(DASH, false, false));
        fx.ticks(1);
        assertEquals(2, sink.count(MagicSkillUse.OPCODE));
        assertEquals(0, intAt(new SkillCoolTime().encode(), 1));
    }

    @Test
    void powerStrikeNeedsASwordAndAddsItsPowerToPAtk() {
        Player p = caster("Fighter", 0, 0, POWER_STRIKE, 1);
        Npc w = wolf(30, 0);
        fx.actions.action(p, w.objectId());
        fx.ticks(1);
        casting.request(p, new RequestMagicSkillUse(POWER_STRIKE, false, false));
        fx.ticks(1);
        assertEquals(0, fx.sink(p).count(MagicSkillUse.OPCODE), "bare hands");
        assertEquals(113, intAt(fx.sink(p).withOpcode(SystemMessage.OPCODE).getLast(), 1));
        Inventory.of(p)
                .setItems(List.of(new ItemData(
                        0x30000001,
                        p.objectId(),
                        1, // Short Sword
                        1,
                        0,
                        ItemLocation.PAPERDOLL,
                        PaperdollSlot.RIGHT_HAND.id())));
        casting.request(p, new RequestMagicSkillUse(POWER_STRIKE, false, false));
        fx.ticks(12); // hit time 1080 ms
        assertEquals(1, fx.sink(p).count(MagicSkillLaunched.OPCODE));
        int dmg = PhysicalSkillDamage.damage(p.stats().pAtk(), WOLF.combat().pDef(), 30, 1);
        assertEquals(w.maxHp() - dmg, w.curHp(), "70 × (P.Atk + 30) / P.Def");
    }

    @Test
    void unlearnedSkillsAreRefused() {
        Player p = caster("Novice", 0, 0);
        casting.request(p, new RequestMagicSkillUse(WIND_STRIKE, false, false));
        fx.ticks(1);
        assertEquals(0, fx.sink(p).count(MagicSkillUse.OPCODE));
    }

    @Test
    void aHealingPotionHealsOverItsFifteenSeconds() {
        Player p = caster("Drinker", 0, 0);
        p.setVitals(10, p.curMp(), p.curCp());
        SkillTemplate potion = TestData.world().skills().get(2031, 1).orElseThrow();
        assertTrue(casting.castFromItem(p, potion));
        fx.ticks(160);
        // 8 HP every 3 × 666 ms: 7 ticks within 15 s
        assertEquals(Math.min(p.maxHp(), 10 + 7 * 8), p.curHp());
        assertEquals(
                0,
                new PacketReader(
                                fx.sink(p)
                                        .withOpcode(AbnormalStatusUpdate.OPCODE)
                                        .getLast(),
                                1,
                                2)
                        .readH());
    }

    @Test
    void aScrollOfEscapeTakesThePlayerToTownAfterItsCast() {
        MapRegions regions = TestData.world().mapRegions();
        int x = -90000, y = 240000;
        MapRegions.Point town = regions.townRestartPoint(x, y).orElseThrow();
        Player p = caster("Lost", x, y);
        SkillTemplate soe = TestData.world().skills().get(2013, 1).orElseThrow();
        assertTrue(casting.castFromItem(p, soe));
        fx.ticks(190);
        assertEquals(x, p.x(), "still casting at 19 s");
        fx.ticks(20);
        assertEquals(1, fx.sink(p).count(TeleportToLocation.OPCODE));
        assertEquals(town.x(), p.x());
        assertEquals(town.y(), p.y());
    }
}
