package org.aden.game.loot;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.aden.common.config.Config;
import org.aden.common.config.ConfigSpec;

/**
 * What a player with karma drops when killed (keys game.pvp.karma-drop.*). The defaults are L2J Mobius Interlude's
 * (PVP.ini MinimumPKRequiredToDrop, ListOfNonDroppableItems, ListOfPetItems; Rates.ini KarmaRateDrop,
 * KarmaRateDropItem, KarmaRateDropEquip, KarmaRateDropEquipWeapon, KarmaDropLimit).
 *
 * @param minPkKills a player with karma drops only with at least this many PKs
 * @param chancePercent the chance that a death drops anything at all
 * @param itemPercent then each item in the bag drops with this chance
 * @param equipPercent each worn item other than the weapon
 * @param weaponPercent the worn weapon
 * @param limit most items one death drops
 * @param neverDropped item ids never dropped (adena and quest items never are, listed or not)
 */
public record KarmaDropSettings(
        int minPkKills,
        int chancePercent,
        int itemPercent,
        int equipPercent,
        int weaponPercent,
        int limit,
        Set<Integer> neverDropped) {

    /** Mobius ListOfNonDroppableItems with ListOfPetItems (pet collars and the like). */
    static final String NEVER_DROPPED = "57,1147,425,1146,461,10,2368,7,6,2370,2369,6842,6611,6612,6613,6614,6615,"
            + "6616,6617,6618,6619,6620,6621,7694,8181,5575,2375,3500,3501,3502,4422,4423,4424,4425,6648,6649,6650";

    public KarmaDropSettings {
        neverDropped = Set.copyOf(neverDropped);
    }

    public static final ConfigSpec SPEC = ConfigSpec.builder("Aden karma drops")
            .section("Karma drops")
            .intKey(
                    "game.pvp.karma-drop.min-pk",
                    6,
                    0,
                    1_000_000,
                    "A player with karma drops items when killed only with at least this many PKs.")
            .intKey(
                    "game.pvp.karma-drop.chance",
                    40,
                    0,
                    100,
                    "Chance in percent that such a death drops anything (0 turns karma drops off).")
            .intKey("game.pvp.karma-drop.item", 50, 0, 100, "Then the chance in percent of each item in the bag.")
            .intKey("game.pvp.karma-drop.equip", 40, 0, 100, "The chance of each worn item other than the weapon.")
            .intKey("game.pvp.karma-drop.weapon", 10, 0, 100, "The chance of the worn weapon.")
            .intKey("game.pvp.karma-drop.limit", 10, 0, 1000, "Most items one death drops.")
            .listKey(
                    "game.pvp.karma-drop.never",
                    NEVER_DROPPED,
                    "Item ids never dropped (adena and quest items never are, listed or not).")
            .build();

    public static KarmaDropSettings defaults() {
        return new KarmaDropSettings(6, 40, 50, 40, 10, 10, ids(List.of(NEVER_DROPPED.split(","))));
    }

    public static KarmaDropSettings from(Config c) {
        return new KarmaDropSettings(
                c.getInt("game.pvp.karma-drop.min-pk"),
                c.getInt("game.pvp.karma-drop.chance"),
                c.getInt("game.pvp.karma-drop.item"),
                c.getInt("game.pvp.karma-drop.equip"),
                c.getInt("game.pvp.karma-drop.weapon"),
                c.getInt("game.pvp.karma-drop.limit"),
                ids(c.getList("game.pvp.karma-drop.never")));
    }

    private static Set<Integer> ids(List<String> list) {
        return list.stream().map(String::trim).map(Integer::parseInt).collect(Collectors.toSet());
    }
}
