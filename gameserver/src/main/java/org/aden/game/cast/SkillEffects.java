package org.aden.game.cast;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.aden.game.actor.Creature;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.combat.Combat;
import org.aden.game.combat.Hate;
import org.aden.game.move.PlayerActions;
import org.aden.game.move.Teleports;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.shot.ShotBoost;
import org.aden.game.skill.SkillEffect;
import org.aden.game.skill.SkillTemplate;
import org.aden.game.stat.StatCalculator;
import org.aden.game.world.World;
import org.aden.game.zone.MapRegions;

/** What a completed cast does to each creature it affects, effect by effect (world thread). */
public final class SkillEffects {
    static final int HP_RESTORED = 1066; // "$s1 HP has been restored."
    static final int MP_RESTORED = 1068; // "$s1 MP has been restored."
    static final int CP_RESTORED = 1405; // "$s1 CP has been restored."
    static final int RESISTED = 139; // "$c1 has resisted your $s2."
    static final int INVALID_TARGET = 109;
    static final int ALREADY_SPOILED = 357;
    static final int SPOIL_ACTIVATED = 612;
    static final int MAGIC_CRITICAL_HIT = 1280;
    static final int LETHAL_STRIKE_SUCCESSFUL = 1668;
    /** Mobius Creature.callSkill: monsters this close to a friendly cast see it (heals on their target). */
    static final int SKILL_SEEN_RANGE = 1000;

    /** Effects that last: they go through {@link Abnormals}. */
    static final Set<String> LASTING = Set.of(
            "buff",
            "debuff",
            "heal-over-time",
            "mana-heal-over-time",
            "dam-over-time",
            "mana-dam-over-time",
            "mp-consume-per-level",
            "stun",
            "sleep",
            "root",
            "paralyze",
            "fear",
            "mute",
            "immobile-buff",
            "defence-trait");

    private final World world;
    private final Combat combat;
    private final Abnormals abnormals;
    private final Teleports teleports;
    private final MapRegions regions;
    private final RandomGenerator random;
    private ShotBoost shots = ShotBoost.NONE;
    private Resurrection resurrection = (target, percent) -> {};
    private Sweeper sweeper = Sweeper.NONE;

    /** Sweeping spoiled corpses (loot/). */
    public interface Sweeper {
        /** Whether the player may sweep that corpse now (its spoiler or a party-mate); tells the player why not. */
        boolean maySweep(Player p, Npc corpse);

        /** Takes the corpse's spoil into the player's inventory, once. */
        void sweep(Player p, Npc corpse);

        Sweeper NONE = new Sweeper() {
            @Override
            public boolean maySweep(Player p, Npc corpse) {
                return false;
            }

            @Override
            public void sweep(Player p, Npc corpse) {}
        };
    }

    boolean maySweep(Player p, Npc corpse) {
        return sweeper.maySweep(p, corpse);
    }

    /** Brings a dead player back where it lies, restoring that share of the exp its death took. */
    public interface Resurrection {
        void resurrect(Player target, double expRestorePercent);
    }

    public SkillEffects(
            World world,
            Combat combat,
            Abnormals abnormals,
            PlayerActions actions,
            Teleports teleports,
            MapRegions regions) {
        this(world, combat, abnormals, teleports, regions, new Random(1));
    }

    public SkillEffects(
            World world,
            Combat combat,
            Abnormals abnormals,
            Teleports teleports,
            MapRegions regions,
            RandomGenerator random) {
        this.world = world;
        this.combat = combat;
        this.abnormals = abnormals;
        this.teleports = teleports;
        this.regions = regions;
        this.random = random;
        abnormals.setDamageOverTime(combat::damage);
    }

    public Abnormals abnormals() {
        return abnormals;
    }

    /** Spiritshots (magic) and soulshots (physical skills) charged on the caster's weapon. */
    public void useShots(ShotBoost shots) {
        this.shots = shots;
    }

    public void setResurrection(Resurrection resurrection) {
        this.resurrection = resurrection;
    }

    public void setSweeper(Sweeper sweeper) {
        this.sweeper = sweeper;
    }

    /** The cast landed: its effects on every affected creature; the shot bonus is asked once per cast. */
    void apply(Creature caster, List<Creature> targets, SkillTemplate t) {
        int magicShot = 1, physicalShot = 1;
        if (t.hasEffect("magical-attack") || t.hasEffect("hp-drain") || t.hasEffect("magical-attack-mp")) {
            magicShot = shots.takeSpiritshot(caster);
        }
        if (t.hasEffect("physical-attack") || t.hasEffect("fatal-blow") || t.hasEffect("backstab")) {
            physicalShot = shots.takeSoulshot(caster) != 0 ? 2 : 1;
        }
        boolean onCorpse = t.target() == SkillTemplate.Target.PC_BODY || t.target() == SkillTemplate.Target.CORPSE_MOB;
        for (Creature target : targets) {
            if (!target.isDead() || onCorpse) {
                apply(caster, target, t, magicShot, physicalShot);
            }
        }
        if (caster instanceof Player) {
            hate(caster, targets, t);
        }
    }

    /**
     * The hate a player's skill stirs (Mobius Creature.callSkill): an offensive one on each monster it reached, a
     * friendly one in every monster near the caster that is fighting one of the skill's targets.
     */
    private void hate(Creature caster, List<Creature> targets, SkillTemplate t) {
        double effectPoint = t.number("effect-point", 0);
        if (t.hasEffect("delete-hate") || t.hasEffect("target-cancel")) {
            return; // they calm the monster down
        }
        if (SkillSupport.offensive(t)) {
            for (Creature target : targets) {
                if (target instanceof Npc n && !n.isDead()) {
                    combat.hated(n, caster, Math.max(1, Hate.ofSkill(effectPoint)));
                }
            }
            return;
        }
        if (effectPoint <= 0 || !(caster instanceof Player p)) {
            return;
        }
        List<Npc> seeing = new java.util.ArrayList<>();
        for (org.aden.game.actor.WorldObject o : p.known()) {
            if (o instanceof Npc n
                    && !n.isDead()
                    && combat.isFighting(n)
                    && targets.contains(combat.targetOf(n))
                    && n.isWithin2d(p, SKILL_SEEN_RANGE)) {
                seeing.add(n);
            }
        }
        for (Npc n : seeing) { // outside the iteration: a fight may change what the caster knows
            combat.hated(n, p, Hate.ofSupport(effectPoint, n.level()));
        }
    }

    void apply(Creature caster, Creature target, SkillTemplate t) {
        apply(caster, List.of(target), t);
    }

    private void apply(Creature caster, Creature target, SkillTemplate t, int magicShot, int physicalShot) {
        boolean lasting = false;
        boolean corpse = target.isDead(); // aimed at a body (resurrection, sweep): its effects apply to the dead
        for (SkillEffect e : t.effects()) {
            if (target.isDead() && !corpse) {
                return; // the damage killed it
            }
            switch (e.name()) {
                case "magical-attack" -> magicAttack(caster, target, t, e, magicShot);
                case "fatal-blow", "backstab" -> blow(caster, target, t, e, physicalShot > 1);
                case "lethal" -> lethal(caster, target, t, e);
                case "spoil" -> spoil(caster, target, t);
                case "sweeper" -> {
                    if (caster instanceof Player p && target instanceof Npc n && n.isDead()) {
                        sweeper.sweep(p, n);
                    }
                }
                case "consume-body" -> {
                    if (target instanceof Npc n && n.isDead()) {
                        world.despawn(n); // the corpse is gone at once; its respawn runs now
                        n.runAfterDeath();
                    }
                }
                case "physical-attack" ->
                    combat.damage(
                            caster,
                            target,
                            PhysicalSkillDamage.damage(pAtk(caster), pDef(target), power(e, t), physicalShot));
                case "hp-drain" -> drain(caster, target, t, e, magicShot);
                case "magical-attack-mp" -> manaBurn(caster, target, t, magicShot);
                case "heal" -> heal(target, e.number("power", 0));
                case "heal-percent" -> heal(target, target.maxHp() * e.number("power", 0) / 100);
                case "mana-heal" -> restoreMp(target, e.number("power", 0));
                case "cp-heal" -> restoreCp(target, e.number("power", 0));
                case "escape" -> {
                    if (caster instanceof Player p) {
                        escape(p);
                    }
                }
                case "dispel-by-slot" -> dispelBySlot(target, e.string("dispel", ""));
                case "dispel-by-category" -> dispelByCategory(target, e);
                case "target-cancel" -> {
                    if (chance(e) && target instanceof Npc n) {
                        combat.stop(n);
                        n.setTarget(null);
                    }
                }
                case "delete-hate" -> {
                    if (chance(e) && target instanceof Npc n) {
                        combat.stop(n);
                        n.clearDamage();
                    }
                }
                case "get-agro", "target-me", "add-hate" -> {
                    if (target instanceof Npc n && n.isAttackable()) {
                        combat.attack(n, caster);
                    }
                }
                case "resurrection" -> {
                    if (target instanceof Player p && p.isDead()) {
                        resurrection.resurrect(p, ResurrectPercent.of(e.number("power", 0), caster));
                    }
                }
                default -> lasting |= LASTING.contains(e.name());
            }
        }
        if (lasting && (t.abnormalTimeSec() > 0 || t.isToggle()) && !target.isDead()) {
            double trait = abnormals.defenceTrait(target, t.property("trait", "none"));
            if (SkillSupport.offensive(t) && !EffectChance.lands(caster, target, t, trait, random)) {
                if (caster instanceof Player p) {
                    p.send(new SystemMessage(
                            RESISTED,
                            List.of(
                                    new SystemMessage.Param(0, target.name(), 0),
                                    new SystemMessage.Param(0, t.name(), 0))));
                }
                return;
            }
            abnormals.add(caster, target, t);
        }
    }

    /** Magic damage, tripled on a magic critical hit (see {@link MagicCritical}) with its message. */
    private void magicAttack(Creature caster, Creature target, SkillTemplate t, SkillEffect e, int magicShot) {
        double dmg = MagicDamage.damage(mAtk(caster), mDef(target), power(e, t), magicShot);
        // a monster's WIT is not in the data: its bonus counts as 1
        double wit =
                caster instanceof Player p ? StatCalculator.witBonus(p.stats().wit()) : 1;
        if (MagicCritical.rolls(wit, random)) {
            dmg *= MagicCritical.multiplier(caster instanceof Player && target instanceof Player);
            if (caster instanceof Player p) {
                p.send(SystemMessage.of(MAGIC_CRITICAL_HIT));
            }
        }
        combat.damage(caster, target, (int) dmg);
    }

    /**
     * A dagger blow ({@link Blows}): lands by its blow chance and the position (a backstab never from the front),
     * then its damage, doubled by a skill critical. A blow that does not land does nothing.
     */
    private void blow(Creature caster, Creature target, SkillTemplate t, SkillEffect e, boolean soulshot) {
        Blows.Position at = Blows.position(caster, target);
        boolean backstab = e.name().equals("backstab");
        double dex =
                caster instanceof Player p ? StatCalculator.dexBonus(p.stats().dex()) : 1;
        if ((backstab && at == Blows.Position.FRONT) || !Blows.lands(t.number("blow-chance", 0), dex, at, random)) {
            return;
        }
        double power = power(e, t);
        double dmg = backstab
                ? Blows.backstab(power, pAtk(caster), pDef(target), soulshot, at)
                : Blows.fatalBlow(power, pAtk(caster), pDef(target), soulshot, at);
        double str =
                caster instanceof Player p ? StatCalculator.strBonus(p.stats().str()) : 1;
        if (Blows.critical(t.number("base-crit-rate", 0), str, random)) {
            dmg *= 2;
        }
        combat.damage(caster, target, (int) dmg);
    }

    /**
     * Mobius Lethal: against a monster at most 6 levels above the skill's magic level (not a raid boss), a lethal
     * strike ({@code full-lethal} percent) leaves it 1 HP, else a half-kill ({@code half-lethal}) halves its HP.
     */
    private void lethal(Creature caster, Creature target, SkillTemplate t, SkillEffect e) {
        if (!(target instanceof Npc n) || n.isDead() || t.magicLevel() < n.level() - 6 || raid(n)) {
            return;
        }
        if (random.nextInt(100) < e.number("full-lethal", 0)) {
            combat.damage(caster, n, (int) Math.max(0, n.curHp() - 1));
            if (caster instanceof Player p) {
                p.send(SystemMessage.of(LETHAL_STRIKE_SUCCESSFUL));
            }
        } else if (random.nextInt(100) < e.number("half-lethal", 0)) {
            combat.damage(caster, n, (int) (n.curHp() * 0.5));
        }
    }

    private static boolean raid(Npc n) {
        String type = n.template().type().toLowerCase(java.util.Locale.ROOT);
        return type.contains("raid") || type.contains("grandboss");
    }

    /**
     * Mobius Spoil: a living monster not spoiled yet is marked with the caster when the magic success roll lands
     * ({@link MagicSuccess}); message 612, or 357 when already spoiled, 139 when resisted. The monster is angered
     * either way (see {@link #hate}).
     */
    private void spoil(Creature caster, Creature target, SkillTemplate t) {
        if (!(caster instanceof Player p)) {
            return;
        }
        if (!(target instanceof Npc n) || !n.template().isMonster() || n.isDead()) {
            p.send(SystemMessage.of(INVALID_TARGET));
            return;
        }
        if (n.isSpoiled()) {
            p.send(SystemMessage.of(ALREADY_SPOILED));
            return;
        }
        if (!MagicSuccess.lands(n.level(), t.magicLevel(), p.level(), true, random)) {
            p.send(new SystemMessage(
                    RESISTED,
                    List.of(new SystemMessage.Param(0, n.name(), 0), new SystemMessage.Param(0, t.name(), 0))));
            return;
        }
        n.setSpoilerId(p.objectId());
        p.send(SystemMessage.of(SPOIL_ACTIVATED));
    }

    private static double power(SkillEffect e, SkillTemplate t) {
        return e.number("power", t.power());
    }

    private boolean chance(SkillEffect e) {
        return random.nextInt(100) < e.number("chance", 100);
    }

    /** Mobius HpDrain: magic damage of the skill's power; the caster gets that share of the HP the target lost. */
    private void drain(Creature caster, Creature target, SkillTemplate t, SkillEffect e, int magicShot) {
        int dmg = MagicDamage.damage(mAtk(caster), mDef(target), t.power(), magicShot);
        double absorbed = Math.min(dmg, target.curHp()) * e.number("power", 0);
        combat.damage(caster, target, dmg);
        if (!caster.isDead() && absorbed > 0) {
            caster.setVitals(Math.min(caster.maxHp(), caster.curHp() + absorbed), caster.curMp(), caster.curCp());
            Vitals.sendHpMp(world, caster);
        }
    }

    /** Mobius calcManaDam: √M.Atk × power × (target max MP / 97) / M.Def, taken from the target's MP. */
    private void manaBurn(Creature caster, Creature target, SkillTemplate t, int magicShot) {
        double maxMp = target instanceof Player p ? p.maxMp() : target instanceof Npc n ? n.maxMp() : 0;
        double dmg =
                Math.sqrt(mAtk(caster) * Math.max(1, magicShot)) * t.power() * (maxMp / 97) / Math.max(1, mDef(target));
        target.setVitals(target.curHp(), Math.max(0, target.curMp() - dmg), target.curCp());
        Vitals.sendHpMp(world, target);
        if (target instanceof Npc n && n.isAttackable() && !combat.isFighting(n)) {
            combat.attack(n, caster);
        }
    }

    /** dispel-by-slot "poison,3 bleeding,7": ends effects of those abnormal types up to that level. */
    private void dispelBySlot(Creature target, String spec) {
        for (String part : spec.split("[;\\s]+(?=[a-z])")) {
            String[] kv = part.trim().split("[,\\s]+");
            if (kv.length == 0 || kv[0].isEmpty()) {
                continue;
            }
            int maxLevel = kv.length > 1 && kv[1].matches("\\d+") ? Integer.parseInt(kv[1]) : Integer.MAX_VALUE;
            abnormals.removeWhere(
                    target, s -> s.abnormalType().equals(kv[0]) && s.abnormalLevel() <= maxLevel, Integer.MAX_VALUE);
        }
    }

    /** Cancellation and its kin: each buff (or debuff) ends with the rate, up to max, newest first. */
    private void dispelByCategory(Creature target, SkillEffect e) {
        boolean buffs = e.string("slot", "buff").equals("buff");
        double rate = e.number("rate", 100);
        int max = (int) e.number("max", 1);
        abnormals.removeWhere(
                target, s -> !s.isToggle() && (buffs != SkillSupport.offensive(s)) && random.nextInt(100) < rate, max);
    }

    private void heal(Creature target, double amount) {
        double before = target.curHp();
        target.setVitals(Math.min(target.maxHp(), before + amount), target.curMp(), target.curCp());
        if (target instanceof Player p) {
            p.send(SystemMessage.number(HP_RESTORED, (int) Math.round(target.curHp() - before)));
        }
        Vitals.sendHpMp(world, target);
    }

    private void restoreMp(Creature target, double amount) {
        double max = target instanceof Player p ? p.maxMp() : target instanceof Npc n ? n.maxMp() : target.curMp();
        double before = target.curMp();
        target.setVitals(target.curHp(), Math.min(max, before + amount), target.curCp());
        if (target instanceof Player p) {
            p.send(SystemMessage.number(MP_RESTORED, (int) Math.round(target.curMp() - before)));
        }
        Vitals.sendHpMp(world, target);
    }

    private void restoreCp(Creature target, double amount) {
        if (!(target instanceof Player p)) {
            return;
        }
        double before = p.curCp();
        p.setVitals(p.curHp(), p.curMp(), Math.min(p.maxCp(), before + amount));
        p.send(SystemMessage.number(CP_RESTORED, (int) Math.round(p.curCp() - before)));
        p.send(new org.aden.game.network.server.world.StatusUpdate(
                p.objectId(), new int[] {org.aden.game.network.server.world.StatusUpdate.CUR_CP}, new int[] {p.curCp()
                }));
    }

    /** Scroll of Escape: to the restart point of the town owning the map tile (MapRegions; chaotic with karma). */
    private void escape(Player p) {
        regions.restartPoint(p.x(), p.y(), p.karma() > 0)
                .ifPresent(town -> teleports.teleport(p, town.x(), town.y(), town.z()));
    }

    static double mAtk(Creature c) {
        return c instanceof Player p
                ? p.stats().mAtk()
                : ((Npc) c).template().combat().mAtk();
    }

    static double pAtk(Creature c) {
        return c instanceof Player p
                ? p.stats().pAtk()
                : ((Npc) c).template().combat().pAtk();
    }

    static double pDef(Creature c) {
        return c instanceof Player p
                ? p.stats().pDef()
                : ((Npc) c).template().combat().pDef();
    }

    static double mDef(Creature c) {
        return c instanceof Player p
                ? p.stats().mDef()
                : ((Npc) c).template().combat().mDef();
    }
}
