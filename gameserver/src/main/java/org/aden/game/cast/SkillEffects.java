package org.aden.game.cast;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.aden.game.actor.Creature;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.combat.Combat;
import org.aden.game.move.PlayerActions;
import org.aden.game.move.Teleports;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.shot.ShotBoost;
import org.aden.game.skill.SkillEffect;
import org.aden.game.skill.SkillTemplate;
import org.aden.game.world.World;
import org.aden.game.zone.MapRegions;

/** What a completed cast does to each creature it affects, effect by effect (world thread). */
public final class SkillEffects {
    static final int HP_RESTORED = 1066; // "$s1 HP has been restored."
    static final int MP_RESTORED = 1068; // "$s1 MP has been restored."
    static final int CP_RESTORED = 1405; // "$s1 CP has been restored."
    static final int RESISTED = 139; // "$c1 has resisted your $s2."

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

    /** The cast landed: its effects on every affected creature; the shot bonus is asked once per cast. */
    void apply(Creature caster, List<Creature> targets, SkillTemplate t) {
        int magicShot = 1, physicalShot = 1;
        if (t.hasEffect("magical-attack") || t.hasEffect("hp-drain") || t.hasEffect("magical-attack-mp")) {
            magicShot = shots.takeSpiritshot(caster);
        }
        if (t.hasEffect("physical-attack")) {
            physicalShot = shots.takeSoulshot(caster) != 0 ? 2 : 1;
        }
        for (Creature target : targets) {
            if (!target.isDead() || t.target() == SkillTemplate.Target.PC_BODY) {
                apply(caster, target, t, magicShot, physicalShot);
            }
        }
    }

    void apply(Creature caster, Creature target, SkillTemplate t) {
        apply(caster, List.of(target), t);
    }

    private void apply(Creature caster, Creature target, SkillTemplate t, int magicShot, int physicalShot) {
        boolean lasting = false;
        for (SkillEffect e : t.effects()) {
            if (target.isDead() && !e.name().equals("resurrection")) {
                return; // the damage killed it
            }
            switch (e.name()) {
                case "magical-attack" ->
                    combat.damage(
                            caster, target, MagicDamage.damage(mAtk(caster), mDef(target), power(e, t), magicShot));
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

    /** Scroll of Escape: to the restart point of the town owning the map tile (MapRegions). */
    private void escape(Player p) {
        regions.townRestartPoint(p.x(), p.y()).ifPresent(town -> teleports.teleport(p, town.x(), town.y(), town.z()));
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
