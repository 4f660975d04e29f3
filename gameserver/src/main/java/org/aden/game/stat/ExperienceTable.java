package org.aden.game.stat;

import java.util.Arrays;
import org.aden.game.datapack.XmlElement;

/**
 * The total experience needed for each level ({@code datapack/experience/experience.xml}), the same table the
 * Interlude client computes its exp bar from. A reload swaps the whole table in ({@link #replaceWith}).
 */
public final class ExperienceTable {
    /** @param expForLevel index = level; [0] unused */
    private record State(long[] expForLevel, int maxLevel) {}

    private volatile State state;

    public ExperienceTable(long[] expForLevel, int maxLevel) {
        this.state = new State(expForLevel.clone(), maxLevel);
    }

    private ExperienceTable(ExperienceTable from) {
        this.state = from.state;
    }

    /**
     * A new ExperienceTable holding the same levels: the running systems hold such a view, which a reload points at the new
     * set ({@link #replaceWith}) while the loaded set stays as it was.
     */
    public ExperienceTable view() {
        return new ExperienceTable(this);
    }

    /** On the world thread, at a reload: every holder of this ExperienceTable sees {@code fresh}'s levels from now on. */
    public void replaceWith(ExperienceTable fresh) {
        state = fresh.state;
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
        return state.maxLevel();
    }

    /** Total exp at which a level begins. */
    public long expFor(int level) {
        State s = state;
        return s.expForLevel()[Math.max(1, Math.min(level, s.maxLevel()))];
    }

    /** The level a total amount of experience gives (capped at the maximum level). */
    public int levelFor(long exp) {
        State s = state;
        int level = 1;
        while (level < s.maxLevel() && exp >= s.expForLevel()[level + 1]) {
            level++;
        }
        return level;
    }

    /** Highest exp a character may hold: just below the level after the last. */
    public long maxExp() {
        State s = state;
        long next = s.expForLevel()[s.maxLevel() + 1];
        return next == Long.MAX_VALUE ? s.expForLevel()[s.maxLevel()] : next - 1;
    }
}
