package org.aden.game.combat;

import java.util.HashMap;
import java.util.Map;
import org.aden.game.actor.Creature;
import org.aden.game.actor.Player;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.world.RelationChanged;
import org.aden.game.presence.PlayerPresence;
import org.aden.game.world.World;
import org.aden.game.zone.Zones;

/**
 * Player against player, on the world thread: who may attack whom (a flagged or karma target, or a forced
 * attack; never in a peace zone), the PvP flag of an attacker with its timer, PvP and PK counts and karma for a
 * kill, and karma going down with EXP gained. Facts from L2J Mobius Interlude {@code Player.updatePvPStatus /
 * onKillUpdatePvPKarma} and the Interlude-era L2J karma formula ({@code increasePkKillsAndKarma,
 * calculateKarmaLost}); the code is ours.
 */
public final class Pvp {
    static final int CANNOT_ATTACK_IN_PEACE_ZONE = 84;
    static final int TARGET_IN_PEACE_ZONE = 85;
    /** RelationChanged bits (world-presence.md §3). */
    static final int RELATION_PVP_FLAG = 0x2;

    static final int RELATION_KARMA = 0x4;

    private final World world;
    private final CombatSettings settings;
    private final Zones zones;
    /** When each flagged player's flag runs out (world clock). */
    private final Map<Player, Long> flagEnds = new HashMap<>();

    public Pvp(World world, CombatSettings settings, Zones zones) {
        this.world = world;
        this.settings = settings;
        this.zones = zones;
    }

    public CombatSettings settings() {
        return settings;
    }

    public boolean inPeaceZone(Creature c) {
        return zones.isPeace(c.x(), c.y(), c.z()) || zones.isTown(c.x(), c.y(), c.z());
    }

    public boolean inArena(Creature c) {
        return zones.isPvp(c.x(), c.y(), c.z());
    }

    /** Whether a plain click attacks this player (it has karma or a flag, or both stand in an arena). */
    public boolean autoAttackable(Player attacker, Player target) {
        return target.karma() > 0 || target.pvpFlag() > 0 || (inArena(attacker) && inArena(target));
    }

    /**
     * Whether the attacker may attack the target: a forced attack (Ctrl, AttackRequest) on anyone, a plain one on
     * an auto-attackable player; never while either stands in a peace zone (the attacker is told why).
     */
    public boolean mayAttack(Player attacker, Player target, boolean forced) {
        if (attacker == target || target.isDead()) {
            return false;
        }
        if (inPeaceZone(attacker)) {
            attacker.send(SystemMessage.of(CANNOT_ATTACK_IN_PEACE_ZONE));
            return false;
        }
        if (inPeaceZone(target)) {
            attacker.send(SystemMessage.of(TARGET_IN_PEACE_ZONE));
            return false;
        }
        return forced || autoAttackable(attacker, target);
    }

    /**
     * The attacker hit a player: it is flagged for the flag time (Mobius: not for hitting a player with karma,
     * not when both stand in an arena).
     */
    public void attacked(Player attacker, Player target) {
        if (attacker == target || target.karma() > 0 || (inArena(attacker) && inArena(target))) {
            return;
        }
        long end = world.now() + settings.flagMillis();
        boolean fresh = flagEnds.put(attacker, end) == null;
        if (fresh) {
            attacker.setPvpFlag(1);
            shown(attacker);
            scheduleFlagEnd(attacker, settings.flagMillis());
        }
    }

    private void scheduleFlagEnd(Player p, long delay) {
        world.schedule(delay, () -> {
            Long end = flagEnds.get(p);
            if (end == null) {
                return;
            }
            long left = end - world.now();
            if (left > 0) {
                scheduleFlagEnd(p, left); // hit again meanwhile
                return;
            }
            flagEnds.remove(p);
            p.setPvpFlag(0);
            if (p.isSpawned()) {
                shown(p);
            }
        });
    }

    /** A player killed another: a PvP point for a flagged or karma victim, else a PK and karma. Nothing in arenas. */
    public void killed(Player killer, Player victim) {
        if (killer == victim || inArena(killer) || inArena(victim)) {
            return;
        }
        if (victim.pvpFlag() > 0 || victim.karma() > 0) {
            killer.setPvpRecord(killer.karma(), killer.pvpKills() + 1, killer.pkKills());
        } else {
            int karma = karmaGain(killer.pkKills(), killer.level(), victim.level());
            long total = Math.min(Integer.MAX_VALUE, (long) killer.karma() + karma);
            killer.setPvpRecord((int) total, killer.pvpKills(), killer.pkKills() + 1);
        }
        shown(killer);
    }

    /**
     * L2J (Interlude era) increasePkKillsAndKarma: min karma × max(1, PKs / 2) × max(1, killer level / victim
     * level), kept between the min and the max.
     */
    int karmaGain(int pkKills, int killerLevel, int victimLevel) {
        int pkMulti = Math.max(1, pkKills / 2);
        int levelMulti = Math.max(1, killerLevel / Math.max(1, victimLevel));
        long karma = (long) settings.karmaMin() * pkMulti * levelMulti;
        return (int) Math.max(settings.karmaMin(), Math.min(settings.karmaMax(), karma));
    }

    /** EXP gained lowers karma by EXP / divider (L2J calculateKarmaLost); not in arenas. */
    public void expGained(Player p, long exp) {
        if (p.karma() <= 0 || exp <= 0 || inArena(p)) {
            return;
        }
        long lost = Math.min(p.karma(), exp / settings.karmaExpDivider());
        if (lost > 0) {
            p.setPvpRecord((int) (p.karma() - lost), p.pvpKills(), p.pkKills());
            shownToOthers(p); // the owner's UserInfo follows the gain anyway
        }
    }

    /** A death costs no EXP in an arena or to a player while the victim was flagged (a fair fight). */
    public boolean spareExp(Player victim, Creature killer) {
        return inArena(victim) || (killer instanceof Player && victim.pvpFlag() > 0);
    }

    /** The flag or karma changed: the player's own UserInfo, and CharInfo with the relation to those who see it. */
    void shown(Player p) {
        p.send(PlayerPresence.userInfo(p));
        shownToOthers(p);
    }

    private void shownToOthers(Player p) {
        world.broadcast(p, PlayerPresence.charInfo(p));
        for (Player viewer : p.seenBy()) {
            viewer.send(relation(viewer, p));
        }
    }

    /** How the viewer sees the player: its flag and karma bits, and whether a plain click attacks it. */
    public RelationChanged relation(Player viewer, Player p) {
        int bits = (p.pvpFlag() > 0 ? RELATION_PVP_FLAG : 0) | (p.karma() > 0 ? RELATION_KARMA : 0);
        return new RelationChanged(p.objectId(), bits, autoAttackable(viewer, p), p.karma(), p.pvpFlag());
    }

    /** The player left the world: its flag ends with the session. */
    public void left(Player p) {
        if (flagEnds.remove(p) != null) {
            p.setPvpFlag(0);
        }
    }
}
