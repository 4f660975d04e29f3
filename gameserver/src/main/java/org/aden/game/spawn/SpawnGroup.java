package org.aden.game.spawn;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.aden.game.actor.Npc;
import org.aden.game.npc.NpcTemplate;

/**
 * One source of NPCs in the running world: a spawn point (one NPC at its point), one {@code <npc>} line of a
 * territory ({@code count} NPCs at random points inside it) or a GM's {@code //spawn}. It knows its living NPCs
 * and how many it should have; a dead one comes back after the respawn delay. World thread only.
 */
public final class SpawnGroup {
    /** Where the group puts an NPC: {x, y, z, heading}. */
    @FunctionalInterface
    interface Placement {
        int[] place(RandomGenerator random);
    }

    private final NpcTemplate template;
    private final String origin;
    private final int respawnSec;
    private final int respawnRandomSec;
    private final Placement placement;
    private final Set<Npc> living = new LinkedHashSet<>();
    private int wanted;
    private boolean active = true;

    SpawnGroup(
            NpcTemplate template,
            String origin,
            int wanted,
            int respawnSec,
            int respawnRandomSec,
            Placement placement) {
        this.template = template;
        this.origin = origin;
        this.wanted = wanted;
        this.respawnSec = respawnSec;
        this.respawnRandomSec = respawnRandomSec;
        this.placement = placement;
    }

    public NpcTemplate template() {
        return template;
    }

    /** Where the group was defined, e.g. {@code spawns/17_25.xml:12} or {@code //spawn by Alice}. */
    public String origin() {
        return origin;
    }

    /** Seconds from a death to the respawn (0: never comes back), give or take {@link #respawnRandomSec}. */
    public int respawnSec() {
        return respawnSec;
    }

    public int respawnRandomSec() {
        return respawnRandomSec;
    }

    /** How many NPCs the group keeps alive. */
    public int wanted() {
        return wanted;
    }

    public int living() {
        return living.size();
    }

    boolean respawns() {
        return respawnSec > 0;
    }

    /** A delay drawn from respawn ± random, in milliseconds (at least 1). */
    long respawnDelayMillis(RandomGenerator random) {
        long sec = respawnSec;
        if (respawnRandomSec > 0) {
            sec += random.nextLong(-respawnRandomSec, respawnRandomSec + 1L);
        }
        return Math.max(1, sec * 1000);
    }

    int[] place(RandomGenerator random) {
        return placement.place(random);
    }

    boolean active() {
        return active;
    }

    void deactivate() {
        active = false;
    }

    boolean wantsMore() {
        return active && living.size() < wanted;
    }

    void add(Npc npc) {
        living.add(npc);
    }

    void remove(Npc npc) {
        living.remove(npc);
    }

    /** A deleted NPC: the group keeps one fewer from now on. */
    void forget(Npc npc) {
        if (living.remove(npc)) {
            wanted--;
        }
    }

    Set<Npc> livingNpcs() {
        return living;
    }
}
