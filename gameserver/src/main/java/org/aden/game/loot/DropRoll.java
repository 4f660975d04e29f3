package org.aden.game.loot;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.aden.game.npc.NpcTemplate;

/**
 * What one kill drops, rolled from the template's drop groups. Pure: the random source is a parameter, so a fixed
 * seed gives a fixed result.
 *
 * <p>The rules are Mobius Interlude's (NpcTemplate.calculateGroupDrops, Rates.ini defaults): within a group each
 * item is tried in order against the running sum of the item chances scaled by the group chance, and the first
 * success ends the group; with a chance rate other than 1 each item is tried alone and a group may give several.
 * The amount is uniform in [min, max]. At most {@code maxRandomDrops} drops below 100% are kept, the later ones
 * replacing the earlier.
 */
public final class DropRoll {
    /** Adena, whose level penalty starts later. */
    public static final int ADENA = 57;

    // Mobius Rates.ini defaults: DropItemMin/MaxLevelDifference 5/10, DropAdenaMin/MaxLevelDifference 8/15,
    // Drop{Item,Adena}MinLevelGapChance 10
    static final int ITEM_PENALTY_FROM = 5;
    static final int ITEM_PENALTY_FULL = 10;
    static final int ADENA_PENALTY_FROM = 8;
    static final int ADENA_PENALTY_FULL = 15;
    static final double PENALTY_FLOOR = 10;

    /** One stack that falls to the ground. */
    public record Loot(int itemId, long count) {}

    private DropRoll() {}

    public static List<Loot> roll(
            NpcTemplate.Rewards rewards, int npcLevel, int killerLevel, LootSettings s, RandomGenerator random) {
        int above = killerLevel - npcLevel;
        double itemGate = s.levelPenalty() ? levelGate(above, ITEM_PENALTY_FROM, ITEM_PENALTY_FULL) : 100;
        double adenaGate = s.levelPenalty() ? levelGate(above, ADENA_PENALTY_FROM, ADENA_PENALTY_FULL) : 100;
        double rate = s.chanceRate();
        List<Loot> sure = new ArrayList<>();
        List<Loot> chancy = new ArrayList<>(); // the drops below 100%, oldest first
        for (NpcTemplate.DropGroup g : rewards.drops()) {
            double running = 0;
            for (NpcTemplate.DropItem item : g.items()) {
                running = rate == 1 ? running + item.chance() : item.chance();
                double chance = running * (g.chance() / 100) * rate;
                // the level gate is a roll of its own before the chance roll (Mobius: level gap check)
                if (random.nextDouble() * 100 > (item.itemId() == ADENA ? adenaGate : itemGate)) {
                    continue;
                }
                if (random.nextDouble() * 100 >= chance) {
                    continue;
                }
                Loot loot = new Loot(item.itemId(), amount(item, random));
                if (chance < 100) {
                    chancy.add(loot);
                    if (chancy.size() > s.maxRandomDrops()) {
                        chancy.remove(0);
                    }
                } else {
                    sure.add(loot);
                }
                if (rate == 1) {
                    break;
                }
            }
        }
        List<Loot> out = new ArrayList<>(sure);
        out.addAll(chancy);
        out.removeIf(l -> l.count() <= 0);
        return out;
    }

    /**
     * What a sweep of a spoiled corpse gives (Mobius NpcTemplate.calculateUngroupedDrops with DropType.SPOIL): each
     * spoil entry is tried alone, after the same level-gap roll as drops, against its chance times the chance rate;
     * at most {@code maxRandomDrops} entries below 100 % are kept (the later replacing the earlier).
     */
    public static List<Loot> spoil(
            List<NpcTemplate.DropItem> spoils, int npcLevel, int killerLevel, LootSettings s, RandomGenerator random) {
        int above = killerLevel - npcLevel;
        double itemGate = s.levelPenalty() ? levelGate(above, ITEM_PENALTY_FROM, ITEM_PENALTY_FULL) : 100;
        double adenaGate = s.levelPenalty() ? levelGate(above, ADENA_PENALTY_FROM, ADENA_PENALTY_FULL) : 100;
        List<Loot> sure = new ArrayList<>();
        List<Loot> chancy = new ArrayList<>();
        for (NpcTemplate.DropItem item : spoils) {
            if (random.nextDouble() * 100 > (item.itemId() == ADENA ? adenaGate : itemGate)) {
                continue;
            }
            if (random.nextDouble() * 100 >= item.chance() * s.chanceRate()) {
                continue;
            }
            Loot loot = new Loot(item.itemId(), amount(item, random));
            if (item.chance() < 100) {
                chancy.add(loot);
                if (chancy.size() > s.maxRandomDrops()) {
                    chancy.remove(0);
                }
            } else {
                sure.add(loot);
            }
        }
        List<Loot> out = new ArrayList<>(sure);
        out.addAll(chancy);
        out.removeIf(l -> l.count() <= 0);
        return out;
    }

    /**
     * The chance in percent that the level difference lets a drop through: 100 up to {@code from} levels above the
     * monster, falling linearly to 10 at {@code full} levels and staying there (Mobius Util.map, clamped).
     */
    static double levelGate(int levelsAbove, int from, int full) {
        if (levelsAbove <= from) {
            return 100;
        }
        if (levelsAbove >= full) {
            return PENALTY_FLOOR;
        }
        return 100 - (100 - PENALTY_FLOOR) * (levelsAbove - from) / (double) (full - from);
    }

    static long amount(NpcTemplate.DropItem item, RandomGenerator random) {
        long min = Math.max(1, item.min());
        long max = Math.max(min, item.max());
        return min == max ? min : random.nextLong(min, max + 1);
    }
}
