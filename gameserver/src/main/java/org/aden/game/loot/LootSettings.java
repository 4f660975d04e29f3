package org.aden.game.loot;

import org.aden.common.config.Config;
import org.aden.common.config.ConfigSpec;

/**
 * How kills drop loot and how long it lies on the ground (keys game.loot.*).
 *
 * @param ownerPriorityMillis how long only the killer may pick up what a kill dropped
 * @param decayMillis how long a dropped item lies on the ground before it disappears
 * @param chancePercent the datapack's drop chances are multiplied by this / 100 (100 = as in the datapack)
 * @param levelPenalty whether killers far above the monster's level see fewer drops
 * @param maxRandomDrops drops below a sure chance one kill may give at most (the later ones are kept)
 */
public record LootSettings(
        long ownerPriorityMillis, long decayMillis, int chancePercent, boolean levelPenalty, int maxRandomDrops) {

    public static final ConfigSpec SPEC = ConfigSpec.builder("Aden loot")
            .section("Loot")
            .durationKey(
                    "game.loot.owner-priority",
                    "15s",
                    "How long only the killer may pick up what a kill dropped (then anyone).")
            .durationKey("game.loot.decay", "10m", "How long a dropped item lies on the ground before it disappears.")
            .intKey(
                    "game.loot.chance-percent",
                    100,
                    1,
                    1_000_000,
                    "Drop chances of the datapack multiplied by this/100 (100 = as written; 200 = twice as often).")
            .boolKey(
                    "game.loot.level-penalty",
                    true,
                    "Killers 5+ levels (adena: 8+) above the monster get fewer drops, down to 10% at 10 (15) levels.")
            .intKey(
                    "game.loot.max-random-drops",
                    2,
                    0,
                    100,
                    "Drops below a sure chance one kill may give at most (raid bosses are not special yet).")
            .build();

    public static LootSettings defaults() {
        return new LootSettings(15_000, 600_000, 100, true, 2);
    }

    public static LootSettings from(Config c) {
        return new LootSettings(
                c.getDuration("game.loot.owner-priority").toMillis(),
                c.getDuration("game.loot.decay").toMillis(),
                c.getInt("game.loot.chance-percent"),
                c.getBool("game.loot.level-penalty"),
                c.getInt("game.loot.max-random-drops"));
    }

    public double chanceRate() {
        return chancePercent / 100.0;
    }
}
