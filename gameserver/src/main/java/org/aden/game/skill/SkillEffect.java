package org.aden.game.skill;

import java.util.List;
import java.util.Map;

/**
 * One {@code <effect>} of a skill level: its name ("magical-attack", "heal", "buff"...), its parameters with level
 * tables resolved, and for stat effects the stat operations it applies.
 */
public record SkillEffect(String name, Map<String, String> params, List<StatOp> statOps) {

    /**
     * {@code <add stat="run-spd" value="33"/>}: op is add, sub, mul or set. {@code usingKinds}: the op's own
     * {@code <using kind>} condition (it counts only with that weapon or armour worn), empty when none;
     * {@code otherCondition}: it has a condition of another kind, which the engine does not evaluate.
     */
    public record StatOp(String op, String stat, double value, List<String> usingKinds, boolean otherCondition) {
        public StatOp {
            usingKinds = List.copyOf(usingKinds);
        }

        public StatOp(String op, String stat, double value) {
            this(op, stat, value, List.of(), false);
        }
    }

    public SkillEffect {
        params = Map.copyOf(params);
        statOps = List.copyOf(statOps);
    }

    public double number(String param, double def) {
        String v = params.get(param);
        if (v == null) {
            return def;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return def;
        }
    }

    public String string(String param, String def) {
        return params.getOrDefault(param, def);
    }
}
