package org.aden.game.combat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.aden.game.actor.Creature;
import org.aden.game.actor.MoveOrder;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.actor.WorldObject;
import org.aden.game.move.PlayerActions;
import org.aden.game.network.server.combat.Attack;
import org.aden.game.network.server.combat.AutoAttackStart;
import org.aden.game.network.server.combat.AutoAttackStop;
import org.aden.game.network.server.move.StopMove;
import org.aden.game.network.server.system.ActionFailed;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.world.StatusUpdate;
import org.aden.game.shot.ShotBoost;
import org.aden.game.world.World;
import org.aden.game.world.move.Headings;
import org.aden.game.world.move.MovePackets;

/**
 * Melee fights on the world thread: each attacker has one target and a think timer that walks it into range and
 * swings at its attack speed (Attack at the swing's start, the damage at half of it, StatusUpdate to those who
 * target the victim). A monster that is hit fights back and gives up when drawn too far from home. Death, its
 * rewards and the restart are {@link Deaths}'s.
 */
public final class Combat {
    /** Re-check of range and target while approaching. */
    static final long APPROACH_STEP = 200;
    /** A monster farther than this from its spawn point gives up and walks home (L2J's max drift, roughly). */
    static final int LEASH_RANGE = 2000;

    private static final int YOU_HIT_FOR = 35;
    private static final int HIT_YOU_FOR = 36;
    private static final int YOU_MISSED = 43;
    private static final int CRITICAL_HIT = 44;

    private final World world;
    private final PlayerActions actions;
    private final RandomGenerator random;
    private final Map<Creature, Fight> fights = new HashMap<>();
    private Deaths deaths;
    private Pvp pvp;
    private ShotBoost shots = ShotBoost.NONE;

    /** One attacker's current fight; a new fight (or stop) makes older timers stale. */
    private static final class Fight {
        final Creature target;
        long nextSwing;

        Fight(Creature target) {
            this.target = target;
        }
    }

    public Combat(World world, PlayerActions actions, RandomGenerator random) {
        this.world = world;
        this.actions = actions;
        this.random = random;
        this.pvp = new Pvp(world, CombatSettings.defaults(), new org.aden.game.zone.Zones(java.util.List.of()));
    }

    public World world() {
        return world;
    }

    void setDeaths(Deaths deaths) {
        this.deaths = deaths;
    }

    private java.util.function.Consumer<Creature> damaged = c -> {};

    /** Who hears of a hit: the attacker, the target and the HP it took. */
    public interface HitListener {
        void hit(Creature attacker, Creature target, int damage);
    }

    private HitListener hits = (a, t, d) -> {};
    private MonsterTurn monsterTurn = (n, t) -> 0;

    /**
     * A monster's own move in a fight, asked at each of its thinks before it swings (its skills: the AI casts one
     * now and then): the milliseconds its fight should wait (a cast's time), 0 to swing as usual.
     */
    public interface MonsterTurn {
        long act(Npc monster, Creature target);
    }

    public void setMonsterTurn(MonsterTurn turn) {
        this.monsterTurn = turn;
    }

    /** Runs whenever a creature takes damage, before death is decided (lasting effects that damage breaks). */
    public void onDamaged(java.util.function.Consumer<Creature> listener) {
        this.damaged = listener;
    }

    /** Runs after every hit that took HP, before death is decided (the scripts' onAttack). World thread. */
    public void onHit(HitListener listener) {
        this.hits = listener;
    }

    void setPvp(Pvp pvp) {
        this.pvp = pvp;
    }

    /** Soulshots: a charged weapon doubles the next swing's P.Atk. */
    public void useShots(ShotBoost shots) {
        this.shots = shots;
    }

    public boolean isFighting(Creature c) {
        return fights.containsKey(c);
    }

    public Creature targetOf(Creature c) {
        Fight f = fights.get(c);
        return f == null ? null : f.target;
    }

    /** How often aggressive monsters look around for players. */
    static final long AGGRO_SCAN = 1000;

    /** Starts the aggro scan: every second, aggressive idle monsters near a living player attack it. */
    public void startAggroScan() {
        world.schedule(AGGRO_SCAN, () -> {
            scanAggro();
            startAggroScan();
        });
    }

    void scanAggro() {
        // from the monsters' side: only NPCs someone sees (World.watched), and only their viewers, instead of
        // every player's whole known list (in a town of hundreds mostly other players)
        List<Creature[]> attacks = null;
        for (WorldObject o : world.watched()) {
            if (!(o instanceof Npc n) || n.isDead() || fights.containsKey(n)) {
                continue;
            }
            // the data gives townsfolk (the Newbie Helper) aggro ranges too: only monsters act on them, and
            // guards on players with karma
            boolean monster = n.template().isMonster() && n.template().aggressive();
            boolean guard = n.template().type().equals("guard");
            if (!monster && !guard) {
                continue;
            }
            for (Player p : n.seenBy()) {
                if (!p.isDead()
                        && p.isConnected()
                        && (monster || p.karma() > 0)
                        && n.isWithin2d(p, n.template().aggroRange())) {
                    (attacks == null ? attacks = new ArrayList<>() : attacks).add(new Creature[] {n, p});
                    break;
                }
            }
        }
        if (attacks != null) {
            for (Creature[] a : attacks) { // outside the iteration: an attack may change the world's objects
                if (!fights.containsKey(a[0])) {
                    ((Npc) a[0]).hate().add(a[1].objectId(), 0, Hate.AGGRO);
                    attack(a[0], a[1]);
                }
            }
        }
    }

    /** A player's plain attack on an object (a second click on an attackable target). */
    public void playerAttacks(Player p, WorldObject o) {
        playerAttacks(p, o, false);
    }

    /** AttackRequest: a forced attack (Ctrl), which may hit a player who is not flagged. */
    public void playerForcesAttack(Player p, WorldObject o) {
        playerAttacks(p, o, true);
    }

    private void playerAttacks(Player p, WorldObject o, boolean forced) {
        boolean allowed = !p.isDead()
                && p.knows(o)
                && switch (o) {
                    case Npc n -> n.isAttackable() && !n.isDead();
                    case Player victim -> pvp.mayAttack(p, victim, forced);
                    default -> false;
                };
        if (!allowed) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        Creature c = (Creature) o;
        if (p.target() != c) {
            p.setTarget(c);
        }
        attack(p, c);
        p.send(ActionFailed.INSTANCE); // the client waits for it before it accepts the next action
    }

    /** Starts (or redirects) an attack; the first swing comes on the next think. */
    public void attack(Creature attacker, Creature target) {
        if (attacker == target || attacker.isDead() || target.isDead()) {
            return;
        }
        Fight old = fights.get(attacker);
        if (old != null && old.target == target) {
            return;
        }
        Fight f = new Fight(target);
        f.nextSwing = old != null ? old.nextSwing : world.now();
        fights.put(attacker, f);
        if (old == null) {
            world.broadcastWithSelf(attacker, new AutoAttackStart(attacker.objectId()));
        }
        think(attacker, f);
    }

    /** Ends the attacker's fight (stance drops). */
    public void stop(Creature attacker) {
        if (fights.remove(attacker) != null) {
            world.broadcastWithSelf(attacker, new AutoAttackStop(attacker.objectId()));
        }
    }

    /**
     * Ends every fight against the target (it died or left the world) and the target's own: a monster forgets its
     * hate for it and turns to the next most hated attacker, or goes home when there is none.
     */
    public void forget(Creature target) {
        stop(target);
        for (Creature a : fights.keySet().toArray(new Creature[0])) {
            Fight f = fights.get(a);
            if (f != null && f.target == target) {
                if (a instanceof Npc n) {
                    n.hate().stopHating(target.objectId());
                    turnOrGoHome(n);
                } else {
                    stop(a);
                }
            }
        }
    }

    /** The monster fights its most hated attacker within reach, or gives up and walks home. */
    private void turnOrGoHome(Npc n) {
        Creature next = mostHated(n);
        if (next != null) {
            attack(n, next);
        } else {
            stop(n);
            goHome(n);
        }
    }

    /**
     * The attacker the monster hates most among those it can still fight (alive, in the world, connected, not
     * beyond its leash); null when none.
     */
    Creature mostHated(Npc n) {
        int id = n.hate()
                .mostHated(i -> world.object(i) instanceof Creature c
                        && !c.isDead()
                        && c.isSpawned()
                        && !(c instanceof Player p && !p.isConnected())
                        && !tooFarFromHome(n, c));
        return id == 0 ? null : (Creature) world.object(id);
    }

    /** A skill made the monster hate its caster: it fights back if it was not fighting yet. */
    public void hated(Npc n, Creature source, long hate) {
        if (n.isDead() || !n.isAttackable() || hate <= 0) {
            return;
        }
        n.hate().add(source.objectId(), 0, hate);
        if (!fights.containsKey(n)) {
            attack(n, source);
        }
    }

    private void think(Creature a, Fight f) {
        if (fights.get(a) != f) {
            return; // stale timer
        }
        Creature t = f.target;
        if (a.isDead() || t.isDead() || !a.isSpawned() || !t.isSpawned()) {
            stop(a);
            return;
        }
        if (a instanceof Player pa && t instanceof Player pt && (pvp.inPeaceZone(pa) || pvp.inPeaceZone(pt))) {
            stop(a); // no PvP in peace zones, even for a fight begun outside
            return;
        }
        if (a instanceof Npc n) {
            if (tooFarFromHome(n, t)) {
                n.hate().stopHating(t.objectId()); // out of reach: forgotten
                turnOrGoHome(n);
                return;
            }
            Creature top = mostHated(n);
            if (top != null
                    && top != t
                    && n.hate().hate(top.objectId()) > n.hate().hate(t.objectId())) {
                attack(n, top); // someone else is hated more now
                return;
            }
        }
        world.catchUp(a);
        world.catchUp(t);
        Fighter fa = Fighter.of(a);
        Fighter ft = Fighter.of(t);
        double reach = fa.attackRange() + fa.radius() + ft.radius();
        if (!a.mayAttack() || (!a.mayMove() && !a.isWithin2d(t, reach))) {
            // stunned, asleep, afraid, or rooted out of reach: the fight waits (a rooted one swings when in reach)
            world.schedule(APPROACH_STEP, () -> think(a, f));
            return;
        }
        if (a instanceof Npc n) {
            long busy = monsterTurn.act(n, t);
            if (busy > 0) {
                world.schedule(busy, () -> think(a, f));
                return;
            }
        }
        if (!a.isWithin2d(t, reach)) {
            approach(a, t);
            world.schedule(APPROACH_STEP, () -> think(a, f));
            return;
        }
        if (a.isMoving()) {
            world.stopMoving(a);
            world.broadcastWithSelf(a, new StopMove(a.objectId(), a.x(), a.y(), a.z(), a.heading()));
        }
        long now = world.now();
        if (now < f.nextSwing) {
            world.schedule(f.nextSwing - now, () -> think(a, f));
            return;
        }
        a.setHeading(Headings.fromVector(t.exactX() - a.exactX(), t.exactY() - a.exactY()));
        int soulshot = shots.takeSoulshot(a); // used up by the swing, hit or miss
        PhysicalAttack.Hit hit = PhysicalAttack.swing(soulshot != 0 ? fa.withPAtk(fa.pAtk() * 2) : fa, ft, random);
        int flags = (hit.miss() ? Attack.MISS : soulshot)
                | (hit.critical() ? Attack.CRITICAL : 0)
                | (hit.shield() ? Attack.SHIELD : 0);
        world.broadcastWithSelf(a, new Attack(a.objectId(), t.objectId(), hit.damage(), flags, a.x(), a.y(), a.z()));
        long swing = PhysicalAttack.swingMillis(fa);
        f.nextSwing = now + swing;
        world.schedule(swing / 2, () -> land(a, t, f, hit));
        world.schedule(swing, () -> think(a, f));
    }

    private void approach(Creature a, Creature t) {
        MoveOrder o = a.moveOrder();
        // re-aim only when the target drifted from where the attacker is heading
        if (o != null && Math.hypot(o.destX() - t.exactX(), o.destY() - t.exactY()) < 30) {
            return;
        }
        a.setRunning(true);
        a.setHeading(Headings.fromVector(t.exactX() - a.exactX(), t.exactY() - a.exactY()));
        world.startMoving(a, new MoveOrder(t.x(), t.y(), t.exactZ()));
        world.broadcastWithSelf(a, MovePackets.moveToLocation(a));
    }

    private boolean tooFarFromHome(Npc n, Creature t) {
        double dx = n.exactX() - n.homeX();
        double dy = n.exactY() - n.homeY();
        double tx = t.exactX() - n.homeX();
        double ty = t.exactY() - n.homeY();
        long leash = (long) LEASH_RANGE * LEASH_RANGE;
        return dx * dx + dy * dy > leash || tx * tx + ty * ty > leash;
    }

    /** Walks back to the spawn point; HP comes back in full on the way (Interlude monsters return healed). */
    void goHome(Npc n) {
        if (n.isDead() || !n.isSpawned()) {
            return;
        }
        n.setCurHp(n.maxHp());
        n.clearDamage();
        actions.hpChanged(n);
        n.setRunning(false);
        n.setHeading(Headings.fromVector(n.homeX() - n.exactX(), n.homeY() - n.exactY()));
        world.startMoving(n, new MoveOrder(n.homeX(), n.homeY(), n.homeZ()));
        world.broadcast(n, MovePackets.moveToLocation(n));
    }

    private void land(Creature a, Creature t, Fight f, PhysicalAttack.Hit hit) {
        if (fights.get(a) != f || a.isDead() || t.isDead() || !t.isSpawned()) {
            return;
        }
        if (hit.miss()) {
            if (a instanceof Player p) {
                p.send(SystemMessage.of(YOU_MISSED));
            }
            return;
        }
        if (a instanceof Player p && hit.critical()) {
            p.send(SystemMessage.of(CRITICAL_HIT));
        }
        damage(a, t, hit.damage());
    }

    /**
     * Damage from any source (a swing, a spell): HP lost, the messages, the HP bars, death, and a monster fights
     * back. World thread.
     */
    public void damage(Creature a, Creature t, int damage) {
        if (t.isDead()) {
            return;
        }
        t.reduceHp(damage);
        if (a instanceof Player pa && t instanceof Player pt) {
            pvp.attacked(pa, pt);
        }
        if (t instanceof Npc n) {
            n.hate().add(a.objectId(), damage, Hate.ofDamage(damage, n.level()));
        }
        damaged.accept(t);
        hits.hit(a, t, damage);
        if (a instanceof Player p) {
            p.send(SystemMessage.number(YOU_HIT_FOR, damage));
        }
        if (t instanceof Player victim) {
            victim.send(
                    new StatusUpdate(victim.objectId(), new int[] {StatusUpdate.CUR_HP}, new int[] {victim.curHp()}));
            victim.send(new SystemMessage(
                    HIT_YOU_FOR,
                    java.util.List.of(
                            new SystemMessage.Param(0, a.name(), 0), new SystemMessage.Param(1, null, damage))));
        }
        actions.hpChanged(t);
        if (t.curHp() <= 0) {
            deaths.died(t, a);
            return;
        }
        if (t instanceof Npc n && !fights.containsKey(n)) {
            attack(n, a); // a monster fights back
            ClanHelp.call(this, n, a);
        }
    }
}
