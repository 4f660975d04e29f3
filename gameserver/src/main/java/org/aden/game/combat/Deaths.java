package org.aden.game.combat;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.aden.game.actor.Creature;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.character.template.CharacterTemplate;
import org.aden.game.move.Teleports;
import org.aden.game.network.server.action.SocialAction;
import org.aden.game.network.server.combat.Die;
import org.aden.game.network.server.combat.Revive;
import org.aden.game.network.server.system.ActionFailed;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.world.StatusUpdate;
import org.aden.game.presence.PlayerPresence;
import org.aden.game.stat.ExperienceTable;
import org.aden.game.stat.PlayerStats;
import org.aden.game.world.World;
import org.aden.game.zone.MapRegions;

/**
 * What dying means (world thread): Die to everyone who sees it; a monster's killer gets its exp and SP (level-ups
 * from the experience table) and its corpse is removed after the corpse time, then its after-death hook runs (the
 * spawner's respawn); a player waits for RequestRestartPoint and comes back in the village.
 */
public final class Deaths {
    /** Mobius NPC.ini SpoiledCorpseExtendTime: a spoiled corpse lies this much longer. */
    static final int SPOILED_CORPSE_EXTEND_SEC = 10;
    /** Mobius AltPartyRange: a damage dealer farther than this from the kill gets no share of its exp. */
    static final int REWARD_RANGE = 1600;

    /** Mobius's default corpse time for monsters without one of their own. */
    static final int DEFAULT_CORPSE_SEC = 7;
    /** Mobius RespawnRestoreHP default: a player restarting in the village comes back with 65% HP. */
    static final double RESTART_HP = 0.65;

    private static final int EXP_AND_SP = 95;
    private static final int LEVEL_UP = 96;
    private static final int LEVEL_UP_SOCIAL = 15;
    private static final int EXP_DECREASED = 539;

    private final World world;
    private final Combat combat;
    private final ExperienceTable experience;
    private BiFunction<Player, Npc, Map<Player, Double>> shares = (killer, dead) -> Map.of(killer, 1.0);
    private final PlayerStats stats;
    private final Teleports teleports;
    private final Drops drops;
    private final MapRegions regions;
    private final List<java.util.function.Consumer<Creature>> deathListeners = new java.util.ArrayList<>();
    private java.util.function.BiConsumer<Player, Npc> killListener = (p, n) -> {};
    private java.util.function.ObjIntConsumer<Player> levelUpListener = (p, oldLevel) -> {};
    private Pvp pvp;

    public Deaths(
            World world,
            Combat combat,
            ExperienceTable experience,
            PlayerStats stats,
            Teleports teleports,
            MapRegions regions,
            Drops drops) {
        this.world = world;
        this.combat = combat;
        this.experience = experience;
        this.stats = stats;
        this.teleports = teleports;
        this.drops = drops;
        this.regions = regions;
        combat.setDeaths(this);
        world.onPlayerLeft(expLostAtDeath::remove);
        usePvp(new Pvp(world, CombatSettings.defaults(), new org.aden.game.zone.Zones(List.of())));
    }

    /** The death penalty and PvP rules with the world's zones (the default knows no zone). */
    public void usePvp(Pvp pvp) {
        this.pvp = pvp;
        combat.setPvp(pvp);
    }

    public Pvp pvp() {
        return pvp;
    }

    void died(Creature dead, Creature killer) {
        if (dead.isDead()) {
            return;
        }
        dead.setDead(true);
        dead.setCurHp(0);
        world.stopMoving(dead);
        combat.forget(dead);
        deathListeners.forEach(l -> l.accept(dead));
        world.broadcastWithSelf(dead, new Die(dead.objectId(), dead instanceof Player, false));
        if (dead instanceof Player victim) {
            boolean spared = pvp.spareExp(victim, killer);
            if (killer instanceof Player pk) {
                pvp.killed(pk, victim);
            }
            if (!spared) {
                loseExp(
                        victim,
                        DeathPenalty.expLost(
                                experience, victim.level(), pvp.settings().expLossPercent()));
            }
            playerDrops.accept(victim, killer);
        }
        if (dead instanceof Npc n) {
            if (killer instanceof Player p) {
                rewardByDamage(n, p);
                drops.drop(n, lootOwner(n, p));
                killListener.accept(p, n);
            }
            int corpse = n.template().combat().corpseTimeSec();
            long spoiled = n.isSpoiled() ? SPOILED_CORPSE_EXTEND_SEC * 1000L : 0; // time to sweep it
            world.schedule((corpse > 0 ? corpse : DEFAULT_CORPSE_SEC) * 1000L + spoiled, () -> {
                world.despawn(n);
                n.runAfterDeath();
            });
        }
    }

    /** Runs when any creature dies, before Die is sent (a cast ends, lasting effects go). World thread. */
    public void onDeath(java.util.function.Consumer<Creature> listener) {
        deathListeners.add(listener);
    }

    /** Who hears of a monster killed by a player, after its rewards and drops (the quests). */
    public void onKill(java.util.function.BiConsumer<Player, Npc> listener) {
        this.killListener = listener;
    }

    /** The player who dealt the most damage, if still in the world; else the one who landed the last hit. */
    private Player lootOwner(Npc n, Player killer) {
        return world.object(n.topDamageDealer()) instanceof Player top && !top.isDead() ? top : killer;
    }

    /** Who hears of a level-up (with the level before it), after its packets: the skills it brings (learn/). */
    public void onLevelUp(java.util.function.ObjIntConsumer<Player> listener) {
        this.levelUpListener = listener;
    }

    /** Who shares a kill's exp and SP and by how much (a party splits it); the killer alone by default. */
    public void shareRewardsWith(BiFunction<Player, Npc, Map<Player, Double>> shares) {
        this.shares = shares;
    }

    /** What a player's death may drop (karma drops, loot/); nothing by default. */
    public void onPlayerDeathDrops(java.util.function.BiConsumer<Player, Creature> drops) {
        this.playerDrops = drops;
    }

    private java.util.function.BiConsumer<Player, Creature> playerDrops = (victim, killer) -> {};

    /**
     * The exp credit by the hate list's damage (Mobius Attackable.calculateRewards): each living player who damaged
     * the monster and stands within 1600 of it earns the share of its exp and SP that its damage is of theirs, shared
     * with its party; each member gains its total once. The killer alone when nobody counts.
     */
    void rewardByDamage(Npc n, Player killer) {
        Map<Player, Long> counted = new java.util.LinkedHashMap<>();
        long total = 0;
        for (Map.Entry<Integer, Long> e : n.hate().damageByAttacker().entrySet()) {
            if (world.object(e.getKey()) instanceof Player p
                    && !p.isDead()
                    && p.isSpawned()
                    && p.isWithin2d(n, REWARD_RANGE)) {
                counted.put(p, e.getValue());
                total += e.getValue();
            }
        }
        if (counted.isEmpty()) {
            counted.put(killer, 1L);
            total = 1;
        }
        Map<Player, Double> earned = new java.util.LinkedHashMap<>();
        for (Map.Entry<Player, Long> e : counted.entrySet()) {
            double fraction = e.getValue() / (double) total;
            shares.apply(e.getKey(), n).forEach((member, share) -> earned.merge(member, share * fraction, Double::sum));
        }
        long exp = n.template().rewards().exp();
        int sp = n.template().rewards().sp();
        earned.forEach((member, share) -> {
            long e = Math.round(exp * share);
            int s = (int) Math.round(sp * share);
            if (e > 0 || s > 0) {
                gain(member, e, s);
            }
        });
    }

    /** Adds exp and SP, levelling up as the table says; the client gets the message, UserInfo and StatusUpdate. */
    public void gain(Player p, long exp, int sp) {
        long total = Math.min(experience.maxExp(), p.exp() + exp);
        int oldLevel = p.level();
        int level = Math.max(oldLevel, experience.levelFor(total));
        p.setProgress(level, total, (int) Math.min(Integer.MAX_VALUE, (long) p.sp() + sp));
        p.send(new SystemMessage(
                EXP_AND_SP,
                List.of(new SystemMessage.Param(1, null, (int) exp), new SystemMessage.Param(1, null, sp))));
        if (level > oldLevel) {
            stats.recompute(p);
            p.setVitals(p.curHp(), p.curMp(), p.maxCp());
            world.broadcastWithSelf(p, new SocialAction(p.objectId(), LEVEL_UP_SOCIAL));
            p.send(SystemMessage.of(LEVEL_UP));
            p.send(new StatusUpdate(
                    p.objectId(),
                    new int[] {StatusUpdate.LEVEL, StatusUpdate.MAX_CP, StatusUpdate.MAX_HP, StatusUpdate.MAX_MP},
                    new int[] {level, p.maxCp(), p.maxHp(), p.maxMp()}));
            levelUpListener.accept(p, oldLevel);
            stats.recompute(p); // a skill learnt with the level (expertise at 20) may lift a grade penalty
        }
        pvp.expGained(p, exp);
        p.send(PlayerPresence.userInfo(p));
    }

    /** The death penalty: EXP lost, the level (and stats) going down when the EXP falls below it. */
    void loseExp(Player p, long lost) {
        if (lost <= 0) {
            return;
        }
        long total = Math.max(0, p.exp() - lost);
        expLostAtDeath.put(p, p.exp() - total); // what a resurrection may give back
        int oldLevel = p.level();
        int level = Math.min(oldLevel, experience.levelFor(total));
        p.setProgress(level, total, p.sp());
        p.send(SystemMessage.number(EXP_DECREASED, (int) Math.min(Integer.MAX_VALUE, lost)));
        if (level < oldLevel) {
            stats.recompute(p);
            p.setVitals(Math.min(p.curHp(), p.maxHp()), Math.min(p.curMp(), p.maxMp()), Math.min(p.curCp(), p.maxCp()));
            p.send(new StatusUpdate(
                    p.objectId(),
                    new int[] {StatusUpdate.LEVEL, StatusUpdate.MAX_CP, StatusUpdate.MAX_HP, StatusUpdate.MAX_MP},
                    new int[] {level, p.maxCp(), p.maxHp(), p.maxMp()}));
        }
        p.send(PlayerPresence.userInfo(p));
    }

    /** RequestRestartPoint: a dead player comes back in the village (a chaotic one at the town's chaotic point). */
    public void restart(Player p, int pointType) {
        if (!p.isDead()) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        // the town owning the map tile of the death; outside every region, the class's start point
        CharacterTemplate.Point start =
                stats.templateOf(p.classId()).startPoints().get(0);
        MapRegions.Point town = regions.restartPoint(p.x(), p.y(), p.karma() > 0)
                .orElse(new MapRegions.Point(start.x(), start.y(), start.z()));
        p.setDead(false);
        expLostAtDeath.remove(p);
        p.setVitals(p.maxHp() * RESTART_HP, p.curMp(), 0);
        world.broadcastWithSelf(p, new Revive(p.objectId()));
        teleports.teleport(p, town.x(), town.y(), town.z());
    }

    private java.util.function.ObjDoubleConsumer<Player> resurrected = (p, percent) -> {};
    /** The exp each dead player lost at its last death, until it restarts or is resurrected. */
    private final Map<Player, Long> expLostAtDeath = new java.util.HashMap<>();

    /** Who hears of a resurrection, with the share of lost exp the skill gave back (percent). */
    public void onResurrected(java.util.function.ObjDoubleConsumer<Player> listener) {
        this.resurrected = listener;
    }

    /**
     * A resurrection skill brings a dead player back where it lies (Mobius doRevive: the restart share of HP),
     * Revive to everyone who sees it, and that percentage of the exp its death took comes back (Mobius
     * restoreExp).
     */
    public void resurrect(Player p, double expRestorePercent) {
        if (!p.isDead()) {
            return;
        }
        p.setDead(false);
        p.setVitals(p.maxHp() * RESTART_HP, p.curMp(), p.curCp());
        world.broadcastWithSelf(p, new Revive(p.objectId()));
        p.send(new StatusUpdate(
                p.objectId(),
                new int[] {StatusUpdate.CUR_HP, StatusUpdate.CUR_MP, StatusUpdate.CUR_CP},
                new int[] {p.curHp(), p.curMp(), p.curCp()}));
        long back = Math.round(expLostAtDeath.getOrDefault(p, 0L) * expRestorePercent / 100);
        expLostAtDeath.remove(p);
        if (back > 0) {
            gain(p, back, 0);
        }
        resurrected.accept(p, expRestorePercent);
    }

    public boolean isDead(Player p) {
        return p.isDead();
    }
}
