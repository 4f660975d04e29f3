package org.aden.game.party;

import java.util.ArrayList;
import java.util.List;
import org.aden.game.actor.Player;

/** One party: its members in join order, the first being the leader, and its loot rule. World thread only. */
public final class Party {
    public static final int MAX_MEMBERS = 9;

    private final List<Player> members = new ArrayList<>();
    private final int lootType;
    private int lastLooter = -1; // "by turn": the member index that got the last item

    Party(Player leader, int lootType) {
        this.lootType = lootType;
        members.add(leader);
    }

    public Player leader() {
        return members.get(0);
    }

    public List<Player> members() {
        return List.copyOf(members);
    }

    public int size() {
        return members.size();
    }

    public int lootType() {
        return lootType;
    }

    /** The next member in join order after the last looter that qualifies ("by turn"), or null. */
    Player nextLooter(java.util.function.Predicate<Player> qualifies) {
        for (int i = 0; i < members.size(); i++) {
            lastLooter = (lastLooter + 1) % members.size();
            Player m = members.get(lastLooter);
            if (qualifies.test(m)) {
                return m;
            }
        }
        return null;
    }

    public boolean isFull() {
        return members.size() >= MAX_MEMBERS;
    }

    void add(Player p) {
        members.add(p);
    }

    void remove(Player p) {
        members.remove(p);
    }

    void makeLeader(Player p) {
        if (members.remove(p)) {
            members.add(0, p);
        }
    }

    Player member(String name) {
        for (Player m : members) {
            if (m.name().equalsIgnoreCase(name)) {
                return m;
            }
        }
        return null;
    }
}
