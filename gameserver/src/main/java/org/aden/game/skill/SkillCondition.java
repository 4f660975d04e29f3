package org.aden.game.skill;

import java.util.ArrayList;
import java.util.List;
import org.aden.game.datapack.XmlElement;

/**
 * A skill's {@code <condition>} when the engine can evaluate it: {@code <and>}, {@code <or>}, {@code <not>},
 * {@code <using kind>} (weapon, body armour or shield worn), {@code <using slot="lrhand"/>} (a two-handed weapon),
 * {@code <player hp="30"/>} (HP at most that percent), {@code <player can-resurrect="true"/>} (holds: no siege or
 * Olympiad here) and {@code <player can-sweep="true"/>} (the cast asks the sweeper instead). {@link #parse} gives null for anything else, which leaves the skill unsupported.
 */
public record SkillCondition(Kind kind, List<SkillCondition> children, List<String> kinds, double value) {
    public enum Kind {
        AND,
        OR,
        NOT,
        USING_KIND,
        TWO_HANDED,
        HP_AT_MOST,
        TRUE
    }

    public SkillCondition {
        children = List.copyOf(children);
        kinds = List.copyOf(kinds);
    }

    /** The conditions of a skill as one (several {@code <condition>} blocks and children: all must hold). */
    static SkillCondition parseAll(List<XmlElement> elements) {
        List<SkillCondition> all = new ArrayList<>();
        for (XmlElement c : elements) {
            SkillCondition one = parseChildren(Kind.AND, c.children());
            if (one == null) {
                return null;
            }
            all.add(one);
        }
        return new SkillCondition(Kind.AND, all, List.of(), 0);
    }

    private static SkillCondition parseChildren(Kind kind, List<XmlElement> elements) {
        List<SkillCondition> list = new ArrayList<>();
        for (XmlElement e : elements) {
            SkillCondition c = parse(e);
            if (c == null) {
                return null;
            }
            list.add(c);
        }
        return new SkillCondition(kind, list, List.of(), 0);
    }

    static SkillCondition parse(XmlElement e) {
        var names = e.attributeNames();
        return switch (e.name()) {
            case "and" -> parseChildren(Kind.AND, e.children());
            case "or" -> parseChildren(Kind.OR, e.children());
            case "not" -> parseChildren(Kind.NOT, e.children());
            case "using" -> {
                if (names.equals(java.util.Set.of("kind"))) {
                    yield new SkillCondition(
                            Kind.USING_KIND,
                            List.of(),
                            List.of(e.string("kind").trim().split("\\s+")),
                            0);
                }
                yield names.equals(java.util.Set.of("slot")) && e.string("slot").equals("lrhand")
                        ? new SkillCondition(Kind.TWO_HANDED, List.of(), List.of(), 0)
                        : null;
            }
            case "player" -> {
                if (names.equals(java.util.Set.of("hp")) && e.string("hp").matches("\\d+(\\.\\d+)?")) {
                    yield new SkillCondition(Kind.HP_AT_MOST, List.of(), List.of(), Double.parseDouble(e.string("hp")));
                }
                // can-sweep: the sweep asks the sweeper before the cast starts (cast/Casting)
                boolean holds = (names.equals(java.util.Set.of("can-resurrect"))
                                && e.string("can-resurrect").equals("true"))
                        || (names.equals(java.util.Set.of("can-sweep"))
                                && e.string("can-sweep").equals("true"));
                yield holds ? new SkillCondition(Kind.TRUE, List.of(), List.of(), 0) : null;
            }
            default -> null;
        };
    }
}
