package org.aden.game.cast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.aden.common.net.PacketReader;
import org.aden.game.TestData;
import org.aden.game.actor.Creature;
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
import org.aden.game.network.server.combat.Attack;
import org.aden.game.network.server.combat.Revive;
import org.aden.game.network.server.skill.MagicSkillLaunched;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.world.AbnormalStatusUpdate;
import org.aden.game.network.server.world.NpcInfo;
import org.aden.game.npc.NpcTemplate;
import org.aden.game.skill.SkillBook;
import org.aden.game.skill.SkillData;
import org.aden.game.skill.SkillTemplate;
import org.aden.game.skill.SkillTemplates;
import org.aden.game.stat.PlayerStats;
import org.aden.game.world.RecordingSink;
import org.aden.game.world.WorldFixture;
import org.junit.jupiter.api.Test;

/**
 * The effect engine's breadth on a fake clock with the datapack's skills: passives, a toggle, stun, sleep, root,
 * poison, cancel, an area skill, a party skill and a resurrection. Debuffs land by a random source that always
 * rolls 0 (the landing formula has its own test).
 */
class EffectsWorldTest {
    static final SkillTemplates SKILLS = TestData.world().skills();
    static final NpcTemplate WOLF = TestData.world().npcs().get(20120).orElseThrow();
    static final int WEAPON_MASTERY = 141, DUAL_MASTERY = 144, ACCURACY = 256, STUN_ATTACK = 100, SLEEP = 1069;
    static final int SHACKLE = 403, CURSE_POISON = 1168, MIGHT = 1068, CANCELLATION = 1056, POISON_CLOUD = 1167;
    static final int CHANT_OF_LIFE = 1229, RESURRECTION = 1016;

    /** Always the lowest roll: every chance succeeds. */
    static final RandomGenerator LUCKY = () -> 0L;

    final WorldFixture fx = new WorldFixture();
    final PlayerStats stats = new PlayerStats(TestData.world().characterTemplates(), SKILLS);
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
    final SkillEffects effects = new SkillEffects(
            fx.world, combat, abnormals, teleports, TestData.world().mapRegions(), LUCKY);
    final Casting casting = new Casting(fx.world, SKILLS, effects);
    final List<Double> restored = new ArrayList<>();

    {
        fx.actions.setInteraction(combat::playerAttacks);
        fx.actions.onPlayerMove(p -> {
            combat.stop(p);
            casting.interrupt(p);
        });
        abnormals.onRestrained(casting::interrupt);
        combat.onDamaged(abnormals::damaged);
        effects.setResurrection(deaths::resurrect);
        deaths.onResurrected((p, percent) -> restored.add(percent));
    }

    Player player(String name, int x, int y, int... skillIdLevelPairs) {
        Player p = fx.player(name, x, y);
        List<SkillData> skills = new ArrayList<>();
        for (int i = 0; i < skillIdLevelPairs.length; i += 2) {
            skills.add(new SkillData(p.objectId(), skillIdLevelPairs[i], skillIdLevelPairs[i + 1]));
        }
        SkillBook book = new SkillBook(skills, SKILLS);
        p.addComponent(SkillBook.class, book);
        book.onChanged(() -> stats.recompute(p));
        stats.recompute(p);
        p.setVitals(p.maxHp(), p.maxMp(), p.maxCp());
        return p;
    }

    Npc wolf(int x, int y) {
        Npc n = new Npc(0x20000000 + x + y, WOLF, x, y, -3000, 0);
        fx.world.spawn(n);
        return n;
    }

    static SkillTemplate skill(int id, int level) {
        return SKILLS.get(id, level).orElseThrow();
    }

    static int intAt(byte[] b, int offset) {
        return new PacketReader(b, offset, 4).readD();
    }

    @Test
    void passiveMasteriesChangeStatsAndAKindBoundOneCountsOnlyWithItsWeapon() {
        Player p = player("Master", 0, 0);
        int bare = p.stats().pAtk();
        SkillBook.of(p).learn(new SkillData(p.objectId(), WEAPON_MASTERY, 1));
        assertEquals((int) (bare * 1.085 + 2), p.stats().pAtk(), "Weapon Mastery 1: × 1.085 then + 2");
        SkillBook.of(p).learn(new SkillData(p.objectId(), WEAPON_MASTERY, 2));
        assertEquals((int) (bare * 1.085 + 3), p.stats().pAtk(), "a new level replaces the old one");
        SkillBook.of(p).learn(new SkillData(p.objectId(), DUAL_MASTERY, 1));
        assertEquals((int) (bare * 1.085 + 3), p.stats().pAtk(), "Dual Weapon Mastery needs dual swords");
        Inventory.of(p)
                .setItems(List.of(new ItemData(
                        0x30000001,
                        p.objectId(),
                        2516, // Saber*Saber
                        1,
                        0,
                        ItemLocation.PAPERDOLL,
                        PaperdollSlot.RIGHT_HAND.id())));
        stats.recompute(p);
        int dualBase = stats.compute(p.classId(), p.level(), 0, Inventory.of(p).equippedTemplates())
                .pAtk();
        assertEquals((int) (dualBase * 1.085 + 3 + 23.7), p.stats().pAtk());
    }

    @Test
    void aToggleGoesOnWithoutATimerDrainsMpAndGoesOffOnTheNextRequest() {
        Player p = player("Archer", 0, 0, ACCURACY, 1);
        RecordingSink sink = fx.sink(p);
        int accuracy = p.stats().accuracy();
        int max = p.maxMp();
        casting.request(p, new RequestMagicSkillUse(ACCURACY, false, false));
        fx.ticks(1);
        assertEquals(accuracy + 3, p.stats().accuracy());
        byte[] bar = sink.withOpcode(AbnormalStatusUpdate.OPCODE).getLast();
        assertEquals(ACCURACY, intAt(bar, 3));
        assertEquals(-1, intAt(bar, 9), "a toggle has no timer");
        assertEquals(max - 5, p.curMp(), "mp-consume 5");
        fx.ticks(40); // one drain of 0.4 × 3.33 s after 3.33 s
        assertEquals(Math.round(max - 5 - 0.4 * 5 * 0.666), p.curMp());
        casting.request(p, new RequestMagicSkillUse(ACCURACY, false, false));
        fx.ticks(1);
        assertEquals(accuracy, p.stats().accuracy(), "switched off");
        int mp = p.curMp();
        fx.ticks(100);
        assertEquals(mp, p.curMp(), "no drain when off");
        // out of MP the toggle switches itself off with message 140
        casting.request(p, new RequestMagicSkillUse(ACCURACY, false, false));
        fx.ticks(1);
        p.setVitals(p.curHp(), 1, p.curCp());
        fx.ticks(40);
        assertFalse(abnormals.has(p, ACCURACY));
        assertTrue(sink.withOpcode(SystemMessage.OPCODE).stream().anyMatch(b -> intAt(b, 1) == 140));
    }

    @Test
    void aStunnedMonsterStopsSwingingShowsTheStarsAndFightsOnAfterwards() {
        Player p = player("Victim", 0, 0);
        Npc w = wolf(30, 0);
        RecordingSink sink = fx.sink(p);
        combat.attack(w, p);
        fx.ticks(30);
        assertTrue(sink.countAbout(Attack.OPCODE, w.objectId()) > 0);
        abnormals.add(p, w, skill(STUN_ATTACK, 1)); // 9 s
        fx.ticks(1);
        assertEquals(0x40, w.abnormalMask());
        byte[] info = sink.withOpcode(NpcInfo.OPCODE).getLast();
        // world-presence.md §4: name at 122 (empty: 2 bytes), title (empty), then the mask at title end + 12
        assertEquals(0x40, intAt(info, 122 + 2 + 2 + 12), "NpcInfo's mask");
        int swings = sink.countAbout(Attack.OPCODE, w.objectId());
        fx.ticks(85);
        assertEquals(swings, sink.countAbout(Attack.OPCODE, w.objectId()), "no swing while stunned");
        fx.ticks(30);
        assertEquals(0, w.abnormalMask());
        assertTrue(sink.countAbout(Attack.OPCODE, w.objectId()) > swings, "the fight goes on");
    }

    @Test
    void sleepCastOnAMonsterLandsAndDamageWakesIt() {
        Player p = player("Sandman", 0, 0, SLEEP, 1);
        Npc w = wolf(300, 0);
        fx.actions.action(p, w.objectId());
        fx.ticks(1);
        casting.request(p, new RequestMagicSkillUse(SLEEP, false, false));
        fx.ticks(101); // hit time 10 s
        assertTrue(abnormals.has(w, SLEEP));
        assertEquals(0x80, w.abnormalMask());
        assertFalse(w.mayAttack());
        assertEquals(0, w.curHp() - w.maxHp(), "sleep does no damage");
        combat.damage(p, w, 1);
        assertFalse(abnormals.has(w, SLEEP), "damage breaks sleep");
        assertTrue(w.mayAttack());
    }

    @Test
    void aRootedPlayerCannotWalk() {
        Player p = player("Rooted", 0, 0);
        Npc w = wolf(300, 0);
        abnormals.add(w, p, skill(SHACKLE, 1));
        assertEquals(0x200, p.abnormalMask());
        fx.actions.moveTo(p, 500, 0, -3000);
        fx.ticks(5);
        assertFalse(p.isMoving());
        assertEquals(0, p.x());
    }

    @Test
    void poisonHurtsEveryTickButNeverKills() {
        Player p = player("Poisoner", 0, 0);
        Npc w = wolf(300, 0);
        SkillTemplate poison = skill(CURSE_POISON, 1);
        double dot = poison.effects().get(0).number("power", 0);
        abnormals.add(p, w, poison);
        fx.ticks(34); // one tick: 5 × 666 ms
        assertEquals(w.maxHp() - (int) dot, w.curHp());
        assertTrue(combat.isFighting(w), "the poisoned wolf turns on the poisoner");
        w.setCurHp(2);
        fx.ticks(200);
        assertEquals(1, w.curHp());
        assertFalse(w.isDead());
    }

    @Test
    void cancellationEndsBuffsAndCurePoisonEndsPoison() {
        Player p = player("Buffed", 0, 0);
        Npc w = wolf(300, 0);
        abnormals.add(p, p, skill(MIGHT, 1));
        abnormals.add(w, p, skill(CURSE_POISON, 1));
        effects.apply(w, p, skill(CANCELLATION, 1));
        assertFalse(abnormals.has(p, MIGHT));
        assertTrue(abnormals.has(p, CURSE_POISON), "cancellation takes buffs, not debuffs");
        effects.apply(p, p, skill(1012, 3)); // Cure Poison
        assertFalse(abnormals.has(p, CURSE_POISON));
    }

    @Test
    void anAreaSkillHitsTheMonstersAroundItsTargetAndNoPlayer() {
        Player p = player("Cloud", 0, 0, POISON_CLOUD, 1);
        Player bystander = player("Bystander", 420, 0);
        Npc first = wolf(400, 0);
        Npc near = wolf(450, 100);
        Npc far = wolf(900, 0);
        fx.actions.action(p, first.objectId());
        fx.ticks(1);
        casting.request(p, new RequestMagicSkillUse(POISON_CLOUD, false, false));
        fx.ticks(41);
        byte[] launched = fx.sink(p).withOpcode(MagicSkillLaunched.OPCODE).getLast();
        assertEquals(2, intAt(launched, 13));
        assertEquals(first.objectId(), intAt(launched, 17));
        assertEquals(near.objectId(), intAt(launched, 21));
        assertTrue(abnormals.has(near, POISON_CLOUD));
        assertFalse(abnormals.has(far, POISON_CLOUD));
        assertFalse(abnormals.has(bystander, POISON_CLOUD));
    }

    @Test
    void aPartySkillReachesTheMembersInRange() {
        Player p = player("Shaman", 0, 0, CHANT_OF_LIFE, 1);
        Player near = player("Near", 300, 0);
        Player far = player("Far", 5000, 0);
        Player stranger = player("Stranger", 100, 0);
        casting.setParty(x -> List.of(p, near, far));
        p.setVitals(p.curHp(), 500, p.curCp()); // a level-1 character has not the MP of a shaman
        casting.request(p, new RequestMagicSkillUse(CHANT_OF_LIFE, false, false));
        fx.ticks(71);
        assertTrue(abnormals.has(p, CHANT_OF_LIFE));
        assertTrue(abnormals.has(near, CHANT_OF_LIFE));
        assertFalse(abnormals.has(far, CHANT_OF_LIFE), "out of the skill's 1000");
        assertFalse(abnormals.has(stranger, CHANT_OF_LIFE));
    }

    @Test
    void resurrectionRaisesADeadPlayerWhereItLies() {
        Player p = player("Priest", 0, 0, RESURRECTION, 2);
        Player q = player("Fallen", 200, 0);
        long start = TestData.world().experience().expFor(20) + 1000;
        q.setProgress(20, start, 0);
        stats.recompute(q);
        combat.damage(wolf(250, 0), q, q.curHp() + 10); // dies, losing exp (level 20 is past the lucky levels)
        assertTrue(q.isDead());
        long afterDeath = q.exp();
        assertTrue(afterDeath < start);
        p.setVitals(p.curHp(), 500, p.curCp()); // the MP of a level-30 cleric
        fx.actions.action(p, q.objectId());
        fx.ticks(1);
        casting.request(p, new RequestMagicSkillUse(RESURRECTION, false, false));
        fx.ticks(61); // 6 s
        assertFalse(q.isDead());
        assertEquals((int) Math.round(q.maxHp() * 0.65), q.curHp());
        assertEquals(1, fx.sink(q).count(Revive.OPCODE));
        assertEquals(1, restored.size());
        assertTrue(restored.get(0) >= 20 && restored.get(0) <= 90, "power 20 with the WIT bonus: " + restored);
        assertEquals(afterDeath + Math.round((start - afterDeath) * restored.get(0) / 100), q.exp(), "exp given back");
        assertEquals(200, q.x(), "in place");
    }

    @Test
    void aStunnedPlayerCannotCast() {
        Player p = player("Dazed", 0, 0, SLEEP, 1);
        Npc w = wolf(300, 0);
        fx.actions.action(p, w.objectId());
        fx.ticks(1);
        abnormals.add(w, p, skill(STUN_ATTACK, 1));
        casting.request(p, new RequestMagicSkillUse(SLEEP, false, false));
        fx.ticks(1);
        assertFalse(casting.isCasting(p));
        assertFalse(((Creature) p).mayAttack());
    }

    @Test
    void gutsNeedsTheCasterBelowThirtyPercentHp() {
        Player p = player("Desperate", 0, 0, 139, 1); // Guts: <player hp="30"/>
        p.setVitals(p.curHp(), 500, p.curCp());
        int pDef = p.stats().pDef();
        casting.request(p, new RequestMagicSkillUse(139, false, false));
        fx.ticks(20);
        assertFalse(abnormals.has(p, 139), "refused at full HP");
        assertEquals(113, intAt(fx.sink(p).withOpcode(SystemMessage.OPCODE).getLast(), 1));
        p.setVitals(p.maxHp() * 0.2, p.curMp(), p.curCp());
        casting.request(p, new RequestMagicSkillUse(139, false, false));
        fx.ticks(20);
        assertTrue(abnormals.has(p, 139));
        assertEquals((int) (pDef * 2), p.stats().pDef(), "P.Def × 2");
    }
}
