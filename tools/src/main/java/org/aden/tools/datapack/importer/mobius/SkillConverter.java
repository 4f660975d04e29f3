package org.aden.tools.datapack.importer.mobius;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.aden.tools.datapack.importer.ImportContext;
import org.aden.tools.datapack.importer.ImportReport;
import org.aden.tools.datapack.importer.Names;
import org.aden.tools.datapack.importer.Out;
import org.aden.tools.datapack.importer.PartConverter;
import org.aden.tools.datapack.importer.Source;

/**
 * stats/skills: every skill with all its levels. A value that changes by level is a {@code <table>} with one value
 * per level, referred to as {@code "#table-name"}; the enchant routes (levels 101+ and 141+) have their own
 * tables and may replace the effects.
 */
final class SkillConverter implements PartConverter {
    static final int FILE_RANGE = 100;

    /** Source property → our attribute (the rest are kebab-cased as they are). */
    private static final Map<String, String> RENAMES = Map.ofEntries(
            Map.entry("operateType", "operate"),
            Map.entry("targetType", "target"),
            Map.entry("isMagic", "magic"),
            Map.entry("isDebuff", "debuff"),
            Map.entry("isPvPOnly", "pvp-only"),
            Map.entry("isRecoveryHerb", "recovery-herb"),
            Map.entry("isSuicideAttack", "suicide-attack"),
            Map.entry("abnormalTime", "abnormal-time-sec"),
            Map.entry("capsuled_items_skill", "extractable-items"),
            Map.entry("lvlBonusRate", "level-bonus-rate"),
            Map.entry("ignoreShld", "ignore-shield"),
            Map.entry("canBeDispeled", "dispellable"),
            Map.entry("overHit", "over-hit"),
            Map.entry("dmgDirectlyToHp", "damage-directly-to-hp"));

    /** Every property of the source we know; others are reported as not mapped. */
    private static final Set<String> KNOWN = Set.of(
            "abnormalInstant",
            "abnormalLevel",
            "abnormalTime",
            "abnormalType",
            "abnormalVisualEffect",
            "activateRate",
            "affectLimit",
            "affectRange",
            "attribute",
            "attributePower",
            "baseCritRate",
            "basicProperty",
            "blockedInOlympiad",
            "blowChance",
            "canBeDispeled",
            "capsuled_items_skill",
            "castRange",
            "channelingSkillId",
            "channelingTickInterval",
            "chargeConsume",
            "coolTime",
            "displayId",
            "dmgDirectlyToHp",
            "effectPoint",
            "effectRange",
            "element",
            "elementPower",
            "fanRange",
            "feed",
            "flyRadius",
            "flyType",
            "hitTime",
            "hpConsume",
            "ignoreShld",
            "inheritElementals",
            "inheritPercent",
            "isDebuff",
            "isMagic",
            "isPvPOnly",
            "isRecoveryHerb",
            "isSuicideAttack",
            "itemConsumeCount",
            "itemConsumeId",
            "itemConsumeSteps",
            "lvlBonusRate",
            "magicLevel",
            "minPledgeClass",
            "mpConsume",
            "mpInitialConsume",
            "mpPerChanneling",
            "nextActionAttack",
            "operateType",
            "overHit",
            "power",
            "removedOnAnyActionExceptMove",
            "removedOnDamage",
            "reuseDelay",
            "simultaneousCast",
            "staticReuse",
            "stayAfterDeath",
            "targetType",
            "trait",
            "aggroPoints",
            "offensive");

    private static final Map<String, String> EFFECT_BLOCKS = new LinkedHashMap<>();

    static {
        EFFECT_BLOCKS.put("for", null);
        EFFECT_BLOCKS.put("selfEffects", "self");
        EFFECT_BLOCKS.put("startEffects", "start");
        EFFECT_BLOCKS.put("endEffects", "end");
        EFFECT_BLOCKS.put("channelingEffects", "channeling");
        EFFECT_BLOCKS.put("pveEffects", "pve");
        EFFECT_BLOCKS.put("pvpEffects", "pvp");
    }

    private static final List<String> ELEMENTS = List.of("fire", "water", "wind", "earth", "holy", "dark");

    @Override
    public String part() {
        return "skills";
    }

    @Override
    public void convert(ImportContext ctx) {
        Map<Integer, Map<Integer, Out>> files = new TreeMap<>();
        for (Path file : ctx.sourceFiles("stats/skills")) {
            String relative = ctx.sourceFile("stats/skills").relativize(file).toString();
            if (relative.startsWith("custom")) {
                ctx.report().skipped(part(), relative, "custom skills, not Interlude");
                continue;
            }
            Source list = Source.parse(file);
            for (Source skill : list.children("skill")) {
                Out out = skill(skill, ctx.report());
                int id = Integer.parseInt(out.attr("id"));
                files.computeIfAbsent(id / FILE_RANGE, k -> new TreeMap<>()).put(id, out);
                ctx.ids(part()).add((long) id);
                ctx.defineSkill(id, Integer.parseInt(out.attr("levels")));
                ctx.report().count(part(), "skills", 1);
                ctx.report().count(part(), "levels", Integer.parseInt(out.attr("levels")));
            }
            list.reportUnread(part(), ctx.report());
        }
        files.forEach((block, skills) -> {
            Out root = new Out("skills");
            skills.values().forEach(root::add);
            int from = block * FILE_RANGE;
            ctx.write(part(), String.format("%05d-%05d.xml", from, from + FILE_RANGE - 1), root);
        });
    }

    private Out skill(Source skill, ImportReport report) {
        Out out = new Out("skill")
                .attr("id", skill.attr("id"))
                .attr("name", skill.attr("name"))
                .attr("levels", skill.attr("levels"));
        Set<String> used = new HashSet<>();
        UnaryOperator<String> ref = v -> {
            String name = tableName(v);
            used.add(name);
            return "#" + name;
        };
        properties(skill.sets("set"), out, ref, report);
        Map<String, String> tables = new TreeMap<>();
        for (Source t : skill.children("table")) {
            tables.put(tableName(t.attr("name")), tableValues(t.text()));
        }
        List<Out> body = new ArrayList<>();
        for (Source cond : skill.children("cond")) {
            body.add(Conditions.condition(cond, part(), report));
        }
        effects(skill, "", body, ref, report);
        for (int route = 1; route <= 2; route++) {
            Out enchant = enchant(skill, route, ref, report);
            if (enchant != null) {
                body.add(enchant);
            }
        }
        collectRefs(body, used);
        tables.forEach((name, values) -> {
            if (used.contains(name)) {
                out.add("table").attr("name", name).text(values);
            } else {
                report.ignored(part(), "<table> not referred to once icons are dropped", "nothing uses it");
            }
        });
        body.forEach(out::add);
        return out;
    }

    private void properties(Source.SetList sets, Out out, UnaryOperator<String> ref, ImportReport report) {
        for (String name : sets.names()) {
            String value = sets.take(name);
            if (name.equals("icon")) {
                report.ignored(part(), "<set name=\"icon\">", "client-side art, the client has it");
                continue;
            }
            if (!KNOWN.contains(name)) {
                report.notMapped(part(), "<skill/set name=\"" + name + "\">");
                continue;
            }
            out.attr(RENAMES.getOrDefault(name, Names.kebab(name)), value(name, value, ref));
        }
    }

    private static String value(String property, String value, UnaryOperator<String> ref) {
        String v = value.trim();
        if (v.startsWith("#")) {
            return ref.apply(v);
        }
        if (property.equals("element") && v.matches("[0-5]")) {
            return ELEMENTS.get(Integer.parseInt(v));
        }
        if (property.equals("isMagic") || property.equals("isDebuff")) {
            return v;
        }
        return v.contains(",") && !v.contains(";") ? Names.list(v) : Names.value(v);
    }

    /** Effect blocks with a prefix: "" for the skill's own, "enchant1"/"enchant2" for a route's. */
    private void effects(Source skill, String prefix, List<Out> into, UnaryOperator<String> ref, ImportReport report) {
        EFFECT_BLOCKS.forEach((block, kind) -> {
            String tag = prefix + block;
            if (prefix.isEmpty() && (block.equals("pveEffects") || block.equals("pvpEffects"))) {
                return;
            }
            for (Source b : skill.children(tag)) {
                for (Source e : b.children()) {
                    if (!e.name().equals("effect")) {
                        report.notMapped(part(), "<" + e.path() + ">");
                        e.consumeAll();
                        continue;
                    }
                    into.add(effect(e, kind, ref, report));
                }
            }
        });
    }

    private Out effect(Source e, String kind, UnaryOperator<String> ref, ImportReport report) {
        String name = e.attr("name");
        Out out = new Out("effect")
                .attr("name", name.startsWith("#") ? ref.apply(name) : Names.kebab(name))
                .attr("on", kind)
                .attr("ticks", e.attr("ticks"))
                .attr("abnormal-time-sec", e.attr("abnormalTime"));
        for (Source c : e.children()) {
            if (c.name().equals("param")) {
                c.consumeAll();
                var attrs = c.rawAttributes();
                for (int i = 0; i < attrs.getLength(); i++) {
                    String v = attrs.item(i).getNodeValue().trim();
                    out.attr(
                            Names.kebab(attrs.item(i).getNodeName()),
                            v.startsWith("#")
                                    ? ref.apply(v)
                                    : v.contains(",") && !v.contains(";") ? Names.list(v) : Names.value(v));
                }
            } else if (StatOps.isStatOp(c)) {
                out.add(StatOps.convert(c, ref, part(), report));
            } else if (Conditions.isCondition(c)) {
                out.add(Conditions.node(c, part(), report));
            } else {
                report.notMapped(part(), "<" + c.path() + ">");
                c.consumeAll();
            }
        }
        return out;
    }

    private Out enchant(Source skill, int route, UnaryOperator<String> ref, ImportReport report) {
        String prefix = "enchant" + route;
        List<Source> props = skill.children(prefix);
        List<Out> effects = new ArrayList<>();
        effects(skill, prefix, effects, ref, report);
        String group = skill.attr("enchantGroup" + route);
        if (props.isEmpty() && effects.isEmpty() && group == null) {
            return null;
        }
        Out out = new Out("enchant").attr("route", route).attr("group", group);
        for (Source p : props) {
            String name = p.attr("name");
            if (!KNOWN.contains(name)) {
                report.notMapped(part(), "<skill/" + prefix + " name=\"" + name + "\">");
                continue;
            }
            out.attr(RENAMES.getOrDefault(name, Names.kebab(name)), value(name, p.attr("val"), ref));
        }
        effects.forEach(out::add);
        return out;
    }

    private static String tableName(String sourceName) {
        return Names.kebab(sourceName.replace("#", ""));
    }

    private static String tableValues(String text) {
        return java.util.Arrays.stream(text.trim().split("\\s+"))
                .map(token -> java.util.Arrays.stream(token.split(","))
                        .map(Names::value)
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining(" "));
    }

    /** Table references inside conditions (which keep their values as they are) count as uses too. */
    private static void collectRefs(List<Out> outs, Set<String> used) {
        for (Out o : outs) {
            for (String key : List.copyOf(attrKeys(o))) {
                String v = o.attr(key);
                if (v != null && v.startsWith("#")) {
                    String name = tableName(v);
                    used.add(name);
                    o.replace(key, "#" + name);
                }
            }
            collectRefs(o.children(), used);
        }
    }

    private static Set<String> attrKeys(Out o) {
        return o.attributeNames();
    }
}
