package org.aden.game.shot;

import java.util.LinkedHashSet;
import java.util.Set;
import org.aden.game.actor.Player;

/**
 * A player's shot state (a component, world thread): the charge of the weapon it holds, lost with that weapon, and
 * the shot items it uses automatically. Not saved: auto-use is switched on again after a relog, as in Interlude.
 */
public final class ShotCharges {
    /** The weapon the charges belong to (its object id); another weapon carries none. */
    private int weaponObjectId;

    private boolean soulshot;
    /** 0 none, 2 spiritshot, 4 blessed spiritshot (the M.Atk multiplier). */
    private int spiritshot;

    private final Set<Integer> autoItems = new LinkedHashSet<>();

    public static ShotCharges of(Player p) {
        return p.component(ShotCharges.class, ShotCharges::new);
    }

    boolean soulshotOn(int weapon) {
        return weaponObjectId == weapon && soulshot;
    }

    int spiritshotOn(int weapon) {
        return weaponObjectId == weapon ? spiritshot : 0;
    }

    void chargeSoulshot(int weapon) {
        moveTo(weapon);
        soulshot = true;
    }

    void chargeSpiritshot(int weapon, int multiplier) {
        moveTo(weapon);
        spiritshot = multiplier;
    }

    void useSoulshot() {
        soulshot = false;
    }

    void useSpiritshot() {
        spiritshot = 0;
    }

    private void moveTo(int weapon) {
        if (weaponObjectId != weapon) {
            weaponObjectId = weapon;
            soulshot = false;
            spiritshot = 0;
        }
    }

    public Set<Integer> autoItems() {
        return autoItems;
    }
}
