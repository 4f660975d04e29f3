package org.aden.game.content;

import java.util.List;
import org.aden.game.datapack.DatapackException;

/** Every problem found in a datapack, each one line naming file, line and what is wrong. */
public final class DatapackProblems extends DatapackException {
    private final List<String> problems;

    public DatapackProblems(List<String> problems) {
        super(problems.size() + " datapack problem(s):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
