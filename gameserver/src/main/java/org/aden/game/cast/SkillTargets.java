package org.aden.game.cast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.aden.game.actor.Creature;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.actor.WorldObject;
import org.aden.game.skill.SkillTemplate;
import org.aden.game.skill.SkillTemplate.Target;

/**
 * Whom a cast aims at and whom it affects, by the skill's target kind. Offensive skills only touch attackable,
 * living monsters (no PvP yet); an area skill hits its main target and those within {@code affect-range} of it, an
 * aura those around the caster, a front area those around the caster in the half it faces, a party skill the
 * caster and its party members in range (clans are not modelled: party-clan is the party). At most
 * {@code affect-limit} creatures besides the main one when the skill sets it. World thread.
 */
final class SkillTargets {
    /** Mobius's default affect range for party skills without one. */
    static final int PARTY_RANGE = 1000;

    private final Function<Player, List<Player>> partyOf;

    /** @param partyOf a player's party members including itself; itself alone when not in a party */
    SkillTargets(Function<Player, List<Player>> partyOf) {
        this.partyOf = partyOf;
    }

    static boolean needsTarget(SkillTemplate t) {
        return switch (t.target()) {
            case ONE, AREA, PC_BODY, CORPSE_MOB -> true;
            default -> false;
        };
    }

    /** The creature the cast is aimed at (MagicSkillUse's target), or null when the skill cannot be used so. */
    Creature aim(Creature caster, WorldObject selected, SkillTemplate t) {
        Creature c = selected instanceof Creature tc ? tc : null;
        switch (t.target()) {
            case SELF, AURA, FRONT_AREA, PARTY, PARTY_CLAN, NONE -> {
                return caster;
            }
            case PC_BODY -> {
                return c instanceof Player p && p.isDead() && known(caster, p) ? p : null;
            }
            case CORPSE_MOB -> {
                return c instanceof Npc n && n.isDead() && n.template().isMonster() && known(caster, n) ? n : null;
            }
            case PARTY_MEMBER -> {
                if (caster instanceof Player p
                        && c instanceof Player q
                        && !q.isDead()
                        && partyOf.apply(p).contains(q)) {
                    return q;
                }
                return caster;
            }
            case ONE, AREA -> {
                if (c == null || c.isDead()) {
                    return SkillSupport.offensive(t) ? null : caster;
                }
                if (SkillSupport.offensive(t)) {
                    return enemy(caster, c) && known(caster, c) ? c : null;
                }
                // friendly magic on a monster lands on the caster, as the client expects
                return c instanceof Npc ? caster : c;
            }
            default -> {
                return null;
            }
        }
    }

    /** Everyone the completed cast affects, the aimed creature first. */
    List<Creature> affected(Creature caster, Creature aimed, SkillTemplate t) {
        List<Creature> out = new ArrayList<>();
        int range = (int) t.number("affect-range", t.target() == Target.PARTY ? PARTY_RANGE : 0);
        int limit = affectLimit(t);
        boolean offensive = SkillSupport.offensive(t);
        switch (t.target()) {
            case AREA, AURA, FRONT_AREA -> {
                Creature centre = t.target() == Target.AREA ? aimed : caster;
                if (t.target() == Target.AREA || !offensive) {
                    out.add(aimed);
                }
                int extra = 0;
                for (Creature c : around(caster, centre, range)) {
                    if (extra >= limit || c == aimed) {
                        continue;
                    }
                    if ((offensive ? enemy(caster, c) : friend(caster, c))
                            && (t.target() != Target.FRONT_AREA || inFront(caster, c))) {
                        out.add(c);
                        extra++;
                    }
                }
            }
            case PARTY, PARTY_CLAN -> {
                out.add(caster);
                if (caster instanceof Player p) {
                    for (Player m : partyOf.apply(p)) {
                        if (m != p && !m.isDead() && m.isSpawned() && m.isWithin2d(p, range)) {
                            out.add(m);
                        }
                    }
                }
            }
            default -> out.add(aimed);
        }
        return out;
    }

    /** {@code affect-limit}: "9-10" in the data is a base and a random part (Mobius); the base is used. */
    private static int affectLimit(SkillTemplate t) {
        String v = t.property("affect-limit", "");
        String first = v.split("-")[0].trim();
        return first.matches("\\d+") && Integer.parseInt(first) > 0 ? Integer.parseInt(first) : Integer.MAX_VALUE;
    }

    private static List<Creature> around(Creature caster, Creature centre, int range) {
        List<Creature> list = new ArrayList<>();
        // a monster looks among the players that see it
        Iterable<? extends WorldObject> seen = caster instanceof Player p ? p.known() : caster.seenBy();
        for (WorldObject o : seen) {
            if (o instanceof Creature c && !c.isDead() && c.isSpawned() && c.isWithin2d(centre, range)) {
                list.add(c);
            }
        }
        if (caster != centre && !caster.isDead() && caster.isWithin2d(centre, range)) {
            list.add(caster);
        }
        return list;
    }

    /** What an offensive skill may hit: monsters for players; players for monsters. */
    static boolean enemy(Creature caster, Creature c) {
        if (c == caster || c.isDead()) {
            return false;
        }
        if (caster instanceof Player) {
            return c instanceof Npc n && n.isAttackable();
        }
        return c instanceof Player;
    }

    private static boolean friend(Creature caster, Creature c) {
        return caster instanceof Player ? c instanceof Player : c instanceof Npc;
    }

    private static boolean known(Creature caster, Creature c) {
        return !(caster instanceof Player p) || p.knows(c);
    }

    /** In the half-plane the caster faces (Interlude headings: 65536 per turn). */
    private static boolean inFront(Creature caster, Creature c) {
        double angle = caster.heading() * 2 * Math.PI / 65536;
        double dx = c.exactX() - caster.exactX();
        double dy = c.exactY() - caster.exactY();
        return dx * Math.cos(angle) + dy * Math.sin(angle) >= 0;
    }
}
