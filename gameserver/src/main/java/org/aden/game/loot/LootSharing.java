package org.aden.game.loot;

import java.util.random.RandomGenerator;
import org.aden.game.actor.Player;

/** How a party shares what its members pick up (party/ provides it; without parties, nobody shares). */
public interface LootSharing {
    /** Whether the picker may take an item reserved for the player {@code ownerId} (a party-mate's). */
    boolean sharesWith(Player picker, int ownerId);

    /** Who gets an item the picker picks up (the party's loot rule); the picker itself without a party. */
    Player looter(Player picker, RandomGenerator random);

    /** Who gets an item the sweeper sweeps: the sweeper, unless the party's rule includes spoils. */
    default Player spoilLooter(Player sweeper, RandomGenerator random) {
        return sweeper;
    }

    LootSharing NONE = new LootSharing() {
        @Override
        public boolean sharesWith(Player picker, int ownerId) {
            return false;
        }

        @Override
        public Player looter(Player picker, RandomGenerator random) {
            return picker;
        }
    };
}
