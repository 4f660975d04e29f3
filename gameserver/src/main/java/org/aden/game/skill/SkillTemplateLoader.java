package org.aden.game.skill;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aden.game.datapack.XmlElement;

/**
 * Turns {@code datapack/skills} into one {@link SkillTemplate} per level. A value written {@code "#name"} is read
 * from the skill's {@code <table name="name">}, one space-separated entry per level (the last entry for levels
 * beyond the table). Enchant routes (levels above 100) are not loaded yet.
 */
public final class SkillTemplateLoader {
    private SkillTemplateLoader() {}

    public static SkillTemplates load(List<XmlElement> roots) {
        List<SkillTemplate> all = new ArrayList<>();
        for (XmlElement root : roots) {
            for (XmlElement s : root.children("skill")) {
                Map<String, String[]> tables = new HashMap<>();
                for (XmlElement t : s.children("table")) {
                    tables.put(t.string("name"), t.text().trim().split("\\s+"));
                }
                int levels = s.integer("levels");
                for (int level = 1; level <= levels; level++) {
                    all.add(level(s, level, tables));
                }
            }
        }
        return new SkillTemplates(all);
    }

    private static SkillTemplate level(XmlElement s, int level, Map<String, String[]> tables) {
        Values v = new Values(s, level, tables);
        Map<String, String> properties = new LinkedHashMap<>();
        for (String a : s.attributeNames()) {
            properties.put(a, resolve(s.string(a), level, tables));
        }
        List<SkillEffect> effects = new ArrayList<>();
        for (XmlElement e : s.children("effect")) {
            Map<String, String> params = new LinkedHashMap<>();
            for (String a : e.attributeNames()) {
                if (!a.equals("name")) {
                    params.put(a, resolve(e.string(a), level, tables));
                }
            }
            List<SkillEffect.StatOp> ops = new ArrayList<>();
            for (XmlElement op : e.children()) {
                if (op.has("stat") && op.has("value")) {
                    List<String> kinds = List.of();
                    boolean other = false;
                    for (XmlElement c : op.children()) {
                        if (c.name().equals("using") && kinds.isEmpty()) {
                            kinds = List.of(c.string("kind").trim().split("\\s+"));
                        } else {
                            other = true;
                        }
                    }
                    ops.add(new SkillEffect.StatOp(
                            op.name(),
                            op.string("stat"),
                            number(resolve(op.string("value"), level, tables)),
                            kinds,
                            other));
                }
            }
            effects.add(new SkillEffect(e.string("name"), params, ops));
        }
        return new SkillTemplate(
                s.integer("id"),
                level,
                s.string("name"),
                SkillTemplate.Operate.of(s.string("operate")),
                SkillTemplate.Target.of(s.string("target")),
                v.integer("magic", 0) == 1,
                v.integer("mp-consume", 0),
                v.integer("mp-initial-consume", 0),
                v.integer("hp-consume", 0),
                v.integer("hit-time", 0),
                v.integer("reuse-delay", 0),
                v.integer("cast-range", -1),
                v.integer("effect-range", -1),
                v.number("power", 0),
                v.integer("magic-level", 0),
                v.integer("abnormal-time-sec", 0),
                v.string("abnormal-type", ""),
                v.integer("abnormal-level", 0),
                v.integer("item-consume-id", 0),
                v.integer("item-consume-count", 0),
                usingKinds(s),
                otherConditions(s) && SkillCondition.parseAll(s.children("condition")) == null,
                effects,
                properties,
                s.children("condition").isEmpty() ? null : SkillCondition.parseAll(s.children("condition")));
    }

    private static List<String> usingKinds(XmlElement s) {
        for (XmlElement c : s.children("condition")) {
            if (c.children().size() == 1 && c.children().get(0).name().equals("using")) {
                return List.of(c.children().get(0).string("kind").trim().split("\\s+"));
            }
        }
        return List.of();
    }

    private static boolean otherConditions(XmlElement s) {
        for (XmlElement c : s.children("condition")) {
            if (c.children().size() != 1
                    || !(c.children().get(0).name().equals("using")
                            || alwaysHolds(c.children().get(0)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A condition that holds in every situation this world has: {@code <player can-resurrect="true"/>} fails in
     * Mobius only during a siege or the Olympiad, neither of which exists here yet; {@code can-sweep} is checked by
     * the sweep itself (the cast asks the sweeper before it starts).
     */
    private static boolean alwaysHolds(XmlElement c) {
        return c.name().equals("player")
                && ((c.attributeNames().equals(java.util.Set.of("can-resurrect"))
                                && c.string("can-resurrect").equals("true"))
                        || (c.attributeNames().equals(java.util.Set.of("can-sweep"))
                                && c.string("can-sweep").equals("true")));
    }

    /** The attributes of one skill element at one level. */
    private record Values(XmlElement s, int level, Map<String, String[]> tables) {
        String string(String attribute, String def) {
            return s.has(attribute) ? resolve(s.string(attribute), level, tables) : def;
        }

        int integer(String attribute, int def) {
            return s.has(attribute) ? (int) Math.round(SkillTemplateLoader.number(string(attribute, "0"))) : def;
        }

        double number(String attribute, double def) {
            return s.has(attribute) ? SkillTemplateLoader.number(string(attribute, "0")) : def;
        }
    }

    static String resolve(String value, int level, Map<String, String[]> tables) {
        if (!value.startsWith("#")) {
            return value;
        }
        String[] t = tables.get(value.substring(1));
        if (t == null || t.length == 0) {
            return "0";
        }
        return t[Math.min(level, t.length) - 1];
    }

    static double number(String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
