package org.aden.game.cast;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.aden.game.actor.Creature;
import org.aden.game.actor.MoveOrder;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.actor.WorldObject;
import org.aden.game.network.client.skill.RequestMagicSkillUse;
import org.aden.game.network.server.move.StopMove;
import org.aden.game.network.server.skill.MagicSkillCanceld;
import org.aden.game.network.server.skill.MagicSkillLaunched;
import org.aden.game.network.server.skill.MagicSkillUse;
import org.aden.game.network.server.skill.SetupGauge;
import org.aden.game.network.server.system.ActionFailed;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.skill.SkillBook;
import org.aden.game.skill.SkillData;
import org.aden.game.skill.SkillTemplate;
import org.aden.game.skill.SkillTemplates;
import org.aden.game.world.World;
import org.aden.game.world.move.Headings;
import org.aden.game.world.move.MovePackets;

/**
 * Casting on the world thread (world-combat-skills.md §2.1): checks (a learned, supported skill, alive, free to
 * act, not on reuse, MP and HP, a valid target), a walk into cast range when needed, MagicSkillUse to onlookers
 * and SetupGauge to the caster, then after the cast time MagicSkillLaunched with every creature it affects
 * ({@link SkillTargets}), the MP, the effects and the reuse. Moving, a stun or a new cast interrupts
 * (MagicSkillCanceld and SystemMessage 27). A toggle is switched on by a cast and off by the next request. Monsters
 * cast through {@link #castByNpc} (their AI picks the skill).
 */
public final class Casting {
    static final int NOT_ENOUGH_HP = 23;
    static final int NOT_ENOUGH_MP = 24;
    static final int CASTING_INTERRUPTED = 27;
    static final int NOT_READY_FOR_REUSE = 48;
    static final int INVALID_TARGET = 109;
    static final int DIST_TOO_FAR = 22;
    static final int UNSUITABLE = 113; // "$s1 cannot be used due to unsuitable terms."

    /** Re-check of range while walking toward the target. */
    static final long APPROACH_STEP = 200;

    private final World world;
    private final SkillTemplates templates;
    private final SkillEffects effects;
    private final Map<Creature, Cast> casts = new HashMap<>();
    private SkillTargets targets = new SkillTargets(List::of);

    /** One cast under way; a newer cast or an interruption makes its timers stale. */
    private static final class Cast {
        final SkillTemplate skill;
        final Creature target;
        final boolean viaItem;
        boolean started;

        Cast(SkillTemplate skill, Creature target, boolean viaItem) {
            this.skill = skill;
            this.target = target;
            this.viaItem = viaItem;
        }
    }

    public Casting(World world, SkillTemplates templates, SkillEffects effects) {
        this.world = world;
        this.templates = templates;
        this.effects = effects;
        world.onPlayerLeft(p -> casts.remove(p));
    }

    /** Who is in a player's party (itself included), for party skills; without it a player is alone. */
    public void setParty(Function<Player, List<Player>> partyOf) {
        this.targets = new SkillTargets(partyOf);
    }

    public SkillTemplates templates() {
        return templates;
    }

    public SkillEffects effects() {
        return effects;
    }

    public long now() {
        return world.now();
    }

    public boolean isCasting(Creature c) {
        Cast k = casts.get(c);
        return k != null && k.started;
    }

    /** RequestMagicSkillUse: the player's learned level of the skill; a toggle that is on goes off. */
    public void request(Player p, RequestMagicSkillUse r) {
        Optional<SkillData> learned = SkillBook.of(p).skills().stream()
                .filter(s -> s.skillId() == r.skillId())
                .findFirst();
        Optional<SkillTemplate> t = learned.flatMap(s -> templates.get(s.skillId(), s.level()));
        if (t.isEmpty() || t.get().isPassive()) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        if (t.get().isToggle() && effects.abnormals().toggleOff(p, t.get().id())) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        cast(p, t.get(), r.shiftPressed(), false);
    }

    /** A skill an item gives (potion, scroll): cast on the player itself or its target like a learned one. */
    public boolean castFromItem(Player p, SkillTemplate t) {
        return cast(p, t, false, true);
    }

    private boolean cast(Player p, SkillTemplate t, boolean stayInPlace, boolean viaItem) {
        if (p.isDead()
                || !(viaItem ? SkillSupport.effectsSupported(t) : SkillSupport.castable(t))
                || !Restraints.mayUse(p, t.magic())) {
            p.send(ActionFailed.INSTANCE);
            return false;
        }
        if (isCasting(p)) {
            p.send(ActionFailed.INSTANCE); // one cast at a time; the client queues nothing
            return false;
        }
        long wait = SkillReuse.of(p).remaining(t.id(), world.now());
        if (wait > 0) {
            p.send(SystemMessage.text(NOT_READY_FOR_REUSE, t.name()));
            p.send(ActionFailed.INSTANCE);
            return false;
        }
        if (p.curMp() < t.totalMpConsume()) {
            p.send(SystemMessage.of(NOT_ENOUGH_MP));
            p.send(ActionFailed.INSTANCE);
            return false;
        }
        if (t.hpConsume() > 0 && p.curHp() <= t.hpConsume()) {
            p.send(SystemMessage.of(NOT_ENOUGH_HP));
            p.send(ActionFailed.INSTANCE);
            return false;
        }
        if (!Equipped.fits(p, t.usingKinds()) || (!viaItem && !Conditions.holds(p, t.condition()))) {
            p.send(SystemMessage.text(UNSUITABLE, t.name()));
            p.send(ActionFailed.INSTANCE);
            return false;
        }
        Creature target = targets.aim(p, p.target(), t);
        if (target == null) {
            p.send(SystemMessage.of(INVALID_TARGET));
            p.send(ActionFailed.INSTANCE);
            return false;
        }
        if (t.hasEffect("sweeper") && !(target instanceof Npc n && effects.maySweep(p, n))) {
            p.send(ActionFailed.INSTANCE); // Mobius's can-sweep condition: the sweeper said why
            return false;
        }
        Cast k = new Cast(t, target, viaItem);
        if (target != p && !inRange(p, target, t)) {
            if (stayInPlace || !p.mayMove()) {
                p.send(SystemMessage.of(DIST_TOO_FAR));
                p.send(ActionFailed.INSTANCE);
                return false;
            }
            casts.put(p, k);
            approach(p, k);
            return true;
        }
        casts.put(p, k);
        begin(p, k);
        return true;
    }

    /**
     * A monster casts one of its template's skills at a target in range (its AI has chosen it and checked MP and
     * reuse); false when it cannot now (casting already, restrained, out of range, not enough MP).
     */
    public boolean castByNpc(Npc n, SkillTemplate t, Creature target) {
        if (n.isDead() || isCasting(n) || !Restraints.mayUse(n, t.magic()) || n.curMp() < t.totalMpConsume()) {
            return false;
        }
        Creature aimed = target == n ? n : targets.aim(n, target, t);
        if (aimed == null || (aimed != n && !inRange(n, aimed, t))) {
            return false;
        }
        Cast k = new Cast(t, aimed, false);
        casts.put(n, k);
        if (n.isMoving()) {
            world.stopMoving(n);
            world.broadcast(n, new StopMove(n.objectId(), n.x(), n.y(), n.z(), n.heading()));
        }
        begin(n, k);
        return true;
    }

    static boolean inRange(Creature a, Creature t, SkillTemplate s) {
        return s.castRange() < 0 || a.isWithin2d(t, s.castRange() + radius(a) + radius(t));
    }

    private static double radius(Creature c) {
        return c instanceof Player p ? p.stats().collisionRadius() : c instanceof Npc n ? n.collisionRadius() : 0;
    }

    private void approach(Player p, Cast k) {
        if (casts.get(p) != k) {
            return;
        }
        Creature t = k.target;
        if (!alive(t, k.skill) || !t.isSpawned() || !p.mayMove()) {
            casts.remove(p);
            p.send(ActionFailed.INSTANCE);
            return;
        }
        world.catchUp(p);
        world.catchUp(t);
        if (inRange(p, t, k.skill)) {
            world.stopMoving(p);
            world.broadcastWithSelf(p, new StopMove(p.objectId(), p.x(), p.y(), p.z(), p.heading()));
            begin(p, k);
            return;
        }
        MoveOrder o = p.moveOrder();
        if (o == null || Math.hypot(o.destX() - t.exactX(), o.destY() - t.exactY()) > 30) {
            p.setHeading(Headings.fromVector(t.exactX() - p.exactX(), t.exactY() - p.exactY()));
            world.startMoving(p, new MoveOrder(t.x(), t.y(), t.exactZ()));
            world.broadcastWithSelf(p, MovePackets.moveToLocation(p));
        }
        world.schedule(APPROACH_STEP, () -> approach(p, k));
    }

    /** A resurrection aims at a dead body; every other skill at a living creature. */
    private static boolean alive(Creature t, SkillTemplate s) {
        boolean corpse = s.target() == SkillTemplate.Target.PC_BODY || s.target() == SkillTemplate.Target.CORPSE_MOB;
        return corpse == t.isDead();
    }

    private void begin(Creature c, Cast k) {
        SkillTemplate t = k.skill;
        Creature target = k.target;
        k.started = true;
        if (target != c) {
            c.setHeading(Headings.fromVector(target.exactX() - c.exactX(), target.exactY() - c.exactY()));
        }
        c.setVitals(c.curHp(), c.curMp() - t.mpInitialConsume(), c.curCp());
        world.broadcastWithSelf(
                c,
                new MagicSkillUse(
                        c.objectId(),
                        target.objectId(),
                        t.id(),
                        t.level(),
                        t.hitTime(),
                        t.reuseDelay(),
                        c.x(),
                        c.y(),
                        c.z(),
                        target.x(),
                        target.y(),
                        target.z()));
        if (c instanceof Player p) {
            // the reuse starts with the cast: a second request during the cast is refused (Mobius does the same)
            SkillReuse.of(p).start(t.id(), t.level(), t.reuseDelay(), world.now());
        }
        if (t.hitTime() > 0) {
            if (c instanceof Player p) {
                p.send(SetupGauge.cast(t.hitTime()));
            }
            world.schedule(t.hitTime(), () -> finish(c, k));
        } else {
            finish(c, k);
        }
    }

    private void finish(Creature c, Cast k) {
        if (casts.get(c) != k) {
            return; // interrupted or replaced
        }
        casts.remove(c);
        SkillTemplate t = k.skill;
        Creature target = k.target;
        if (c.isDead() || !alive(target, t) || !target.isSpawned()) {
            world.broadcastWithSelf(c, new MagicSkillCanceld(c.objectId()));
            return;
        }
        if (c.curMp() < t.mpConsume()) {
            if (c instanceof Player p) {
                p.send(SystemMessage.of(NOT_ENOUGH_MP));
            }
            world.broadcastWithSelf(c, new MagicSkillCanceld(c.objectId()));
            return;
        }
        c.setVitals(c.curHp() - t.hpConsume(), c.curMp() - t.mpConsume(), c.curCp());
        List<Creature> affected = targets.affected(c, target, t);
        world.broadcastWithSelf(
                c,
                new MagicSkillLaunched(
                        c.objectId(),
                        t.id(),
                        t.level(),
                        affected.stream().map(WorldObject::objectId).toList()));
        Vitals.sendHpMp(world, c);
        effects.apply(c, affected, t);
        launched.launched(c, t.id(), t.level(), affected);
    }

    /** Who hears of a skill that took effect: the caster, the skill and the creatures it reached. */
    public interface LaunchListener {
        void launched(Creature caster, int skillId, int skillLevel, List<Creature> affected);
    }

    private LaunchListener launched = (c, id, level, affected) -> {};

    /** Runs after a skill took effect (the scripts' onSkillSee). World thread. */
    public void onLaunched(LaunchListener listener) {
        this.launched = listener;
    }

    /** The caster moved or was stunned: its cast (or its walk toward a cast) ends. */
    public void interrupt(Creature c) {
        Cast k = casts.remove(c);
        if (k == null) {
            return;
        }
        if (k.started) {
            world.broadcastWithSelf(c, new MagicSkillCanceld(c.objectId()));
            if (c instanceof Player p) {
                p.send(SystemMessage.of(CASTING_INTERRUPTED));
            }
        }
    }
}
