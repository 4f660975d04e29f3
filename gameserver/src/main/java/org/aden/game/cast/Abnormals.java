package org.aden.game.cast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.aden.game.actor.Creature;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.world.AbnormalStatusUpdate;
import org.aden.game.presence.PlayerPresence;
import org.aden.game.presence.Presences;
import org.aden.game.skill.SkillEffect;
import org.aden.game.skill.SkillTemplate;
import org.aden.game.stat.PlayerStats;
import org.aden.game.stat.StatModifiers;
import org.aden.game.world.World;

/**
 * Lasting effects (buffs, debuffs, toggles, heal and damage over time, stun, sleep, root, paralysis, fear,
 * silence) on creatures, world thread only. One effect per abnormal type: a new one of the same type replaces it
 * unless the old one has a higher abnormal level. Each effect ends on a world timer (a toggle when switched off or
 * out of MP); a player's stat effects feed {@link StatModifiers}, its bar is re-sent (AbnormalStatusUpdate) on
 * every change; what the effects forbid and show is kept on the creature ({@link Creature#restraints()},
 * {@link Creature#abnormalMask()}) and the appearance packets are re-sent when the visual mask changes.
 */
public final class Abnormals {
    /** Mobius's EFFECT_TICK_RATIO: an effect with ticks="n" acts every n × 666 ms. */
    static final long TICK_MILLIS = 666;

    static final int SKILL_DEACTIVATED_NO_MP = 140;
    /** Mobius Fear: the frightened creature runs this far away from the caster, again every tick. */
    static final int FEAR_RANGE = 500;

    static final long FEAR_TICK = 2000;

    /** One effect in place; identity tells a stale timer from the current effect. */
    public static final class Active {
        final SkillTemplate skill;
        final Creature caster;
        final long endsAt;

        Active(SkillTemplate skill, Creature caster, long endsAt) {
            this.skill = skill;
            this.caster = caster;
            this.endsAt = endsAt;
        }

        public SkillTemplate skill() {
            return skill;
        }

        boolean forever() {
            return endsAt == Long.MAX_VALUE;
        }
    }

    private final World world;
    private final PlayerStats stats;
    private final Map<Creature, List<Active>> effects = new HashMap<>();
    private DamageOverTime damage = (caster, target, amount) -> target.reduceHp(amount);
    private Consumer<Creature> restrained = c -> {};

    /** How damage over time lands (through combat: messages, HP bars, the monster's answer). */
    public interface DamageOverTime {
        void damage(Creature caster, Creature target, int amount);
    }

    public Abnormals(World world, PlayerStats stats) {
        this.world = world;
        this.stats = stats;
        world.onPlayerLeft(p -> effects.remove(p));
    }

    public void setDamageOverTime(DamageOverTime damage) {
        this.damage = damage;
    }

    /** Runs when a creature becomes unable to act (stunned, asleep...): its cast and its swing stop. */
    public void onRestrained(Consumer<Creature> listener) {
        this.restrained = listener;
    }

    public List<Active> of(Creature c) {
        return List.copyOf(effects.getOrDefault(c, List.of()));
    }

    public boolean has(Creature c, int skillId) {
        return effects.getOrDefault(c, List.of()).stream().anyMatch(a -> a.skill.id() == skillId);
    }

    /**
     * The target's defence against a trait ("sleep", "shock"...) from its effects' {@code defence-trait}
     * parameters, as a fraction (30 → 0.3); 1 or more means immune (Mobius: a value of 100 makes it invulnerable).
     */
    public double defenceTrait(Creature c, String trait) {
        if (trait.isEmpty() || trait.equals("none")) {
            return 0;
        }
        double sum = 0;
        for (Active a : effects.getOrDefault(c, List.of())) {
            for (SkillEffect e : a.skill.effects()) {
                if (e.name().equals("defence-trait")) {
                    double v = e.number(trait, 0);
                    if (v >= 100) {
                        return 1;
                    }
                    sum += v / 100;
                }
            }
        }
        return sum;
    }

    /** Puts the skill's lasting effect on the target; false when a stronger one of its type is in place. */
    public boolean add(Creature target, SkillTemplate skill) {
        return add(null, target, skill);
    }

    public boolean add(Creature caster, Creature target, SkillTemplate skill) {
        List<Active> list = effects.computeIfAbsent(target, k -> new ArrayList<>());
        String type = skill.abnormalType();
        for (Active a : list) {
            if (!type.isEmpty()
                    && a.skill.abnormalType().equals(type)
                    && a.skill.abnormalLevel() > skill.abnormalLevel()) {
                return false;
            }
        }
        list.removeIf(a -> a.skill.id() == skill.id()
                || (!type.isEmpty() && a.skill.abnormalType().equals(type)));
        boolean forever = skill.isToggle() || skill.abnormalTimeSec() <= 0;
        Active active =
                new Active(skill, caster, forever ? Long.MAX_VALUE : world.now() + skill.abnormalTimeSec() * 1000L);
        list.add(active);
        if (!forever) {
            world.schedule(skill.abnormalTimeSec() * 1000L, () -> remove(target, active));
        }
        for (SkillEffect e : skill.effects()) {
            switch (e.name()) {
                case "heal-over-time",
                        "mana-heal-over-time",
                        "dam-over-time",
                        "mana-dam-over-time",
                        "mp-consume-per-level" -> {
                    long period = Math.max(1, (long) e.number("ticks", 1)) * TICK_MILLIS;
                    world.schedule(period, () -> tick(target, active, e, period));
                }
                case "fear" -> flee(target, active);
                default -> {}
            }
        }
        changed(target);
        return true;
    }

    private boolean current(Creature target, Active active) {
        return effects.getOrDefault(target, List.of()).contains(active) && !target.isDead();
    }

    private void tick(Creature target, Active active, SkillEffect e, long period) {
        if (!current(target, active)) {
            return;
        }
        double power = e.number("power", 0);
        switch (e.name()) {
            case "heal-over-time" ->
                target.setVitals(Math.min(target.maxHp(), target.curHp() + power), target.curMp(), target.curCp());
            case "mana-heal-over-time" ->
                target.setVitals(target.curHp(), Math.min(maxMp(target), target.curMp() + power), target.curCp());
            case "mana-dam-over-time" ->
                target.setVitals(target.curHp(), Math.max(0, target.curMp() - power), target.curCp());
            case "dam-over-time" -> {
                // Mobius DamOverTime: unless the effect may kill, it stops at 1 HP
                int dmg = (int)
                        Math.min(power, e.string("can-kill", "false").equals("true") ? power : target.curHp() - 1);
                if (dmg > 0 && active.caster != null) {
                    damage.damage(active.caster, target, dmg);
                } else if (dmg > 0) {
                    target.reduceHp(dmg);
                }
            }
            case "mp-consume-per-level" -> {
                // Mobius MpConsumePerLevel on a toggle: power × the tick's length in seconds, each tick
                double cost = power * period / 1000.0;
                if (cost > target.curMp()) {
                    if (target instanceof Player p) {
                        p.send(SystemMessage.of(SKILL_DEACTIVATED_NO_MP));
                    }
                    remove(target, active);
                    return;
                }
                target.setVitals(target.curHp(), target.curMp() - cost, target.curCp());
            }
            default -> {}
        }
        if (target.isDead() || !current(target, active)) {
            return;
        }
        Vitals.sendHpMp(world, target);
        world.schedule(period, () -> tick(target, active, e, period));
    }

    private static double maxMp(Creature c) {
        return c instanceof Player p ? p.maxMp() : c instanceof Npc n ? n.maxMp() : c.curMp();
    }

    /** Fear: runs straight away from whoever cast it, again every {@link #FEAR_TICK} while it lasts. */
    private void flee(Creature target, Active active) {
        if (!current(target, active) || active.caster == null) {
            return;
        }
        world.catchUp(target);
        double dx = target.exactX() - active.caster.exactX();
        double dy = target.exactY() - active.caster.exactY();
        double d = Math.max(1, Math.hypot(dx, dy));
        int tx = (int) (target.exactX() + dx / d * FEAR_RANGE);
        int ty = (int) (target.exactY() + dy / d * FEAR_RANGE);
        target.setHeading(org.aden.game.world.move.Headings.fromVector(dx, dy));
        target.setRunning(true);
        world.startMoving(target, new org.aden.game.actor.MoveOrder(tx, ty, target.exactZ()));
        world.broadcastWithSelf(target, org.aden.game.world.move.MovePackets.moveToLocation(target));
        world.schedule(FEAR_TICK, () -> flee(target, active));
    }

    private void remove(Creature target, Active active) {
        List<Active> list = effects.get(target);
        if (list != null && list.remove(active)) {
            changed(target);
        }
    }

    /** Switches a toggle off; false when it was not on. */
    public boolean toggleOff(Creature c, int skillId) {
        List<Active> list = effects.get(c);
        if (list == null || !list.removeIf(a -> a.skill.id() == skillId && a.skill.isToggle())) {
            return false;
        }
        changed(c);
        return true;
    }

    /** Ends the effects the predicate picks, at most {@code max}, newest first; how many ended. */
    public int removeWhere(Creature c, Predicate<SkillTemplate> which, int max) {
        List<Active> list = effects.get(c);
        if (list == null) {
            return 0;
        }
        int removed = 0;
        for (int i = list.size() - 1; i >= 0 && removed < max; i--) {
            if (which.test(list.get(i).skill)) {
                list.remove(i);
                removed++;
            }
        }
        if (removed > 0) {
            changed(c);
        }
        return removed;
    }

    /** The creature took damage: effects that damage breaks (sleep) end. */
    public void damaged(Creature c) {
        removeWhere(c, s -> s.flag("removed-on-damage"), Integer.MAX_VALUE);
    }

    /** Ends every effect (death). */
    public void clear(Creature target) {
        if (effects.remove(target) != null) {
            changed(target);
        }
    }

    private void changed(Creature target) {
        List<Active> list = effects.getOrDefault(target, List.of());
        int restraints = 0;
        int mask = 0;
        for (Active a : list) {
            mask |= VisualEffects.mask(a.skill.property("abnormal-visual-effect", "none"));
            for (SkillEffect e : a.skill.effects()) {
                restraints |= Restraints.of(e.name());
            }
        }
        int before = target.restraints();
        target.setRestraints(restraints);
        if ((restraints & ~before & (Creature.NO_MOVE | Creature.NO_ATTACK)) != 0) {
            if ((restraints & Creature.AFRAID) == 0) {
                world.stopMoving(target);
            }
            restrained.accept(target);
        }
        boolean maskChanged = target.abnormalMask() != mask;
        target.setAbnormalMask(mask);
        if (!(target instanceof Player p)) {
            if (maskChanged && target instanceof Npc n && n.isSpawned()) {
                world.broadcast(n, Presences.npcInfo(n));
            }
            return;
        }
        List<StatModifiers.Mod> mods = new ArrayList<>();
        for (Active a : list) {
            for (SkillEffect e : a.skill.effects()) {
                for (SkillEffect.StatOp op : e.statOps()) {
                    mods.add(new StatModifiers.Mod(op.op(), op.stat(), op.value(), op.usingKinds()));
                }
            }
        }
        StatModifiers m = p.component(StatModifiers.class, StatModifiers::new);
        if (!mods.equals(m.mods()) || maskChanged) {
            m.set(mods);
            stats.recompute(p);
            p.send(PlayerPresence.userInfo(p));
            world.broadcast(p, PlayerPresence.charInfo(p));
        }
        p.send(bar(p));
    }

    /** The player's buff bar as it stands (toggles without a timer: -1). */
    public AbnormalStatusUpdate bar(Player p) {
        long now = world.now();
        List<AbnormalStatusUpdate.Icon> icons = new ArrayList<>();
        for (Active a : effects.getOrDefault(p, List.of())) {
            icons.add(new AbnormalStatusUpdate.Icon(
                    a.skill.id(),
                    a.skill.level(),
                    a.forever() ? -1 : (int) Math.max(0, (a.endsAt - now + 999) / 1000)));
        }
        return new AbnormalStatusUpdate(icons);
    }
}
