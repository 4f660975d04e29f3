package org.aden.game.stat;

import java.util.Arrays;
import org.aden.game.datapack.XmlElement;

/**
 * The total experience needed for each level ({@code datapack/experience/experience.xml}), the same table the
 * Interlude client computes its exp bar from. Immutable.
 */
public final class ExperienceTable {
    private final long[] expForLevel; // index = level; [0] unused
    private final int maxLevel;

    public ExperienceTable(long[] expForLevel, int maxLevel) {
        this.expForLevel = expForLevel.clone();
        this.maxLevel = maxLevel;
    }

    public static ExperienceTable load(XmlElement root) {
        int max = root.integer("max-level");
        long[] exp = new long[max + 2];
        Arrays.fill(exp, Long.MAX_VALUE);
        for (XmlElement l : root.children("level")) {
            int level = l.integer("level");
            if (level < exp.length) {
                exp[level] = Math.round(l.decimal("exp"));
            }
        }
        return new ExperienceTable(exp, max);
    }

    public int maxLevel() {
        return maxLevel;
    }

    /** Total exp at which a level begins. */
    public long expFor(int level) {
        return expForLevel[Math.max(1, Math.min(level, maxLevel))];
    }

    /** The level a total amount of experience gives (capped at the maximum level). */
    public int levelFor(long exp) {
        int level = 1;
        while (level < maxLevel && exp >= expForLevel[level + 1]) {
            level++;
        }
        return level;
    }

    /** Highest exp a character may hold: just below the level after the last. */
    public long maxExp() {
        long next = expForLevel[maxLevel + 1];
        return next == Long.MAX_VALUE ? expForLevel[maxLevel] : next - 1;
    }
}
