package org.aden.game.combat;

import org.aden.common.config.Config;
import org.aden.common.config.ConfigSpec;

/**
 * Death penalty and PvP rules (keys game.death.*, game.pvp.*). The karma defaults are the Interlude-era L2J
 * pvp.properties values (MinKarma 240, MaxKarma 10000, XPDivider 260), the flag time Mobius's PvPVsNormalTime.
 *
 * @param expLossPercent the level-based EXP loss on death is multiplied by this / 100 (0: no loss)
 * @param flagMillis how long a player who attacked another stays flagged (purple) after its last attack
 * @param karmaMin karma of a first PK at the killer's level or below
 * @param karmaMax most karma one PK gives
 * @param karmaExpDivider karma goes down by the EXP gained divided by this
 */
public record CombatSettings(int expLossPercent, long flagMillis, int karmaMin, int karmaMax, int karmaExpDivider) {

    public static final ConfigSpec SPEC = ConfigSpec.builder("Aden death and PvP")
            .section("Death and PvP")
            .intKey(
                    "game.death.exp-loss",
                    100,
                    0,
                    1000,
                    "EXP lost on death, in percent of Interlude's level-based loss (100 = as Interlude, 0 = none).\n"
                            + "Characters up to level 9 and deaths in arenas or to a player while flagged lose nothing.")
            .durationKey(
                    "game.pvp.flag-time",
                    "120s",
                    "How long a player who attacked another player keeps the PvP flag (purple name) after the last hit.")
            .intKey(
                    "game.pvp.karma-min",
                    240,
                    1,
                    1_000_000,
                    "Karma of a player kill (before the PK count and level multipliers).")
            .intKey("game.pvp.karma-max", 10000, 1, 1_000_000, "Most karma one player kill gives.")
            .intKey(
                    "game.pvp.karma-exp-divider",
                    260,
                    1,
                    1_000_000,
                    "Karma lost when gaining EXP: the EXP gained divided by this.")
            .build();

    public static CombatSettings defaults() {
        return new CombatSettings(100, 120_000, 240, 10000, 260);
    }

    public static CombatSettings from(Config c) {
        return new CombatSettings(
                c.getInt("game.death.exp-loss"),
                c.getDuration("game.pvp.flag-time").toMillis(),
                c.getInt("game.pvp.karma-min"),
                c.getInt("game.pvp.karma-max"),
                c.getInt("game.pvp.karma-exp-divider"));
    }
}
