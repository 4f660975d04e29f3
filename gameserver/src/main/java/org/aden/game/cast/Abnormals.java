package org.aden.game.cast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aden.game.actor.Creature;
import org.aden.game.actor.Player;
import org.aden.game.network.server.world.AbnormalStatusUpdate;
import org.aden.game.presence.PlayerPresence;
import org.aden.game.skill.SkillEffect;
import org.aden.game.skill.SkillTemplate;
import org.aden.game.stat.PlayerStats;
import org.aden.game.stat.StatModifiers;
import org.aden.game.world.World;

/**
 * Lasting effects (buffs, debuffs, heal over time) on creatures, world thread only. One effect per abnormal type:
 * a new one of the same type replaces it unless the old one has a higher abnormal level. Each effect ends on a
 * world timer; a player's stat effects feed {@link StatModifiers}, its bar is re-sent (AbnormalStatusUpdate) on
 * every change.
 */
public final class Abnormals {
    /** Mobius's EFFECT_TICK_RATIO: an effect with ticks="n" acts every n × 666 ms. */
    static final long TICK_MILLIS = 666;

    /** One effect in place; identity tells a stale timer from the current effect. */
    public static final class Active {
        final SkillTemplate skill;
        final long endsAt;

        Active(SkillTemplate skill, long endsAt) {
            this.skill = skill;
            this.endsAt = endsAt;
        }

        public SkillTemplate skill() {
            return skill;
        }
    }

    private final World world;
    private final PlayerStats stats;
    private final Map<Creature, List<Active>> effects = new HashMap<>();

    public Abnormals(World world, PlayerStats stats) {
        this.world = world;
        this.stats = stats;
        world.onPlayerLeft(p -> effects.remove(p));
    }

    public List<Active> of(Creature c) {
        return List.copyOf(effects.getOrDefault(c, List.of()));
    }

    /** Puts the skill's lasting effect on the target; false when a stronger one of its type is in place. */
    public boolean add(Creature target, SkillTemplate skill) {
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
        Active active = new Active(skill, world.now() + skill.abnormalTimeSec() * 1000L);
        list.add(active);
        world.schedule(skill.abnormalTimeSec() * 1000L, () -> remove(target, active));
        for (SkillEffect e : skill.effects()) {
            if (e.name().equals("heal-over-time") || e.name().equals("mana-heal-over-time")) {
                long period = Math.max(1, (long) e.number("ticks", 1)) * TICK_MILLIS;
                world.schedule(period, () -> tick(target, active, e, period));
            }
        }
        changed(target);
        return true;
    }

    private void tick(Creature target, Active active, SkillEffect e, long period) {
        if (!effects.getOrDefault(target, List.of()).contains(active) || target.isDead()) {
            return;
        }
        double power = e.number("power", 0);
        if (e.name().equals("heal-over-time")) {
            target.setVitals(Math.min(target.maxHp(), target.curHp() + power), target.curMp(), target.curCp());
        } else {
            double maxMp = target instanceof Player p ? p.maxMp() : target.curMp() + power;
            target.setVitals(target.curHp(), Math.min(maxMp, target.curMp() + power), target.curCp());
        }
        Vitals.sendHpMp(world, target);
        world.schedule(period, () -> tick(target, active, e, period));
    }

    private void remove(Creature target, Active active) {
        List<Active> list = effects.get(target);
        if (list != null && list.remove(active)) {
            changed(target);
        }
    }

    /** Ends every effect (death). */
    public void clear(Creature target) {
        if (effects.remove(target) != null) {
            changed(target);
        }
    }

    private void changed(Creature target) {
        if (!(target instanceof Player p)) {
            return;
        }
        List<StatModifiers.Mod> mods = new ArrayList<>();
        for (Active a : effects.getOrDefault(p, List.of())) {
            for (SkillEffect e : a.skill.effects()) {
                for (SkillEffect.StatOp op : e.statOps()) {
                    mods.add(new StatModifiers.Mod(op.op(), op.stat(), op.value()));
                }
            }
        }
        StatModifiers m = p.component(StatModifiers.class, StatModifiers::new);
        if (!mods.equals(m.mods())) {
            m.set(mods);
            stats.recompute(p);
            p.send(PlayerPresence.userInfo(p));
            world.broadcast(p, PlayerPresence.charInfo(p));
        }
        p.send(bar(p));
    }

    /** The player's buff bar as it stands. */
    public AbnormalStatusUpdate bar(Player p) {
        long now = world.now();
        List<AbnormalStatusUpdate.Icon> icons = new ArrayList<>();
        for (Active a : effects.getOrDefault(p, List.of())) {
            icons.add(new AbnormalStatusUpdate.Icon(
                    a.skill.id(), a.skill.level(), (int) Math.max(0, (a.endsAt - now + 999) / 1000)));
        }
        return new AbnormalStatusUpdate(icons);
    }
}
