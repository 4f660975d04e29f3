package org.aden.game.actor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A monster's hate list: per attacker (object id) the damage it dealt, which decides the loot and the exp credit,
 * and its hate, which decides whom the monster attacks. A dead or departed attacker keeps its damage but loses its
 * hate. World thread only.
 */
public final class HateList {
    private static final class Entry {
        long damage;
        long hate;
    }

    private final Map<Integer, Entry> byAttacker = new LinkedHashMap<>();

    /** Adds damage and hate (either may be 0) for the attacker. */
    public void add(int attackerId, long damage, long hate) {
        Entry e = byAttacker.computeIfAbsent(attackerId, id -> new Entry());
        e.damage += Math.max(0, damage);
        e.hate = Math.max(0, e.hate + hate);
    }

    public long hate(int attackerId) {
        Entry e = byAttacker.get(attackerId);
        return e == null ? 0 : e.hate;
    }

    public long damage(int attackerId) {
        Entry e = byAttacker.get(attackerId);
        return e == null ? 0 : e.damage;
    }

    /** The attacker's hate drops to nothing (it died, left or ran out of reach); its damage still counts. */
    public void stopHating(int attackerId) {
        Entry e = byAttacker.get(attackerId);
        if (e != null) {
            e.hate = 0;
        }
    }

    /** Forgets everything (the monster healed going home). */
    public void clear() {
        byAttacker.clear();
    }

    public boolean isEmpty() {
        return byAttacker.isEmpty();
    }

    /** The attacker with the most hate above 0 among those {@code usable} accepts; 0 when none. */
    public int mostHated(IntPredicate usable) {
        int best = 0;
        long most = 0;
        for (Map.Entry<Integer, Entry> e : byAttacker.entrySet()) {
            if (e.getValue().hate > most && usable.test(e.getKey())) {
                most = e.getValue().hate;
                best = e.getKey();
            }
        }
        return best;
    }

    /** The attacker who dealt the most damage, 0 when nobody did. */
    public int topDamageDealer() {
        int best = 0;
        long most = 0;
        for (Map.Entry<Integer, Entry> e : byAttacker.entrySet()) {
            if (e.getValue().damage > most) {
                most = e.getValue().damage;
                best = e.getKey();
            }
        }
        return best;
    }

    /** Damage by attacker, in the order they first hit (a copy). */
    public Map<Integer, Long> damageByAttacker() {
        Map<Integer, Long> out = new LinkedHashMap<>();
        byAttacker.forEach((id, e) -> {
            if (e.damage > 0) {
                out.put(id, e.damage);
            }
        });
        return out;
    }
}
