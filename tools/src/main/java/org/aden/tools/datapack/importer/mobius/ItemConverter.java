package org.aden.tools.datapack.importer.mobius;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.aden.tools.datapack.importer.ImportContext;
import org.aden.tools.datapack.importer.ImportReport;
import org.aden.tools.datapack.importer.Names;
import org.aden.tools.datapack.importer.Out;
import org.aden.tools.datapack.importer.PartConverter;
import org.aden.tools.datapack.importer.Source;
import org.aden.tools.datapack.importer.Source.SetList;

/** stats/items: weapons, armour (jewellery is armour worn on ears, fingers and neck) and etc-items. */
final class ItemConverter implements PartConverter {
    static final int FILE_RANGE = 1000;

    private static final Map<String, String> BODY_PARTS = Map.ofEntries(
            Map.entry("rhand", "right-hand"),
            Map.entry("lhand", "left-hand"),
            Map.entry("lrhand", "two-hand"),
            Map.entry("chest", "chest"),
            Map.entry("legs", "legs"),
            Map.entry("feet", "feet"),
            Map.entry("head", "head"),
            Map.entry("gloves", "gloves"),
            Map.entry("onepiece", "full-armour"),
            Map.entry("rear;lear", "ear"),
            Map.entry("rfinger;lfinger", "finger"),
            Map.entry("neck", "neck"),
            Map.entry("back", "back"),
            Map.entry("underwear", "underwear"),
            Map.entry("hair", "hair"),
            Map.entry("hair2", "face"),
            Map.entry("hairall", "hair-all"),
            Map.entry("alldress", "all-dress"));

    private static final List<SetMapping> MAPPINGS = List.of(
            SetMapping.enumeration("weapon_type", "weapon-type", null),
            SetMapping.enumeration("armor_type", "armour-type", null),
            SetMapping.enumeration("etcitem_type", "etc-type", null),
            SetMapping.of("bodypart", "body-part", null).with(ItemConverter::bodyPart),
            SetMapping.enumeration("crystal_type", "grade", "none"),
            SetMapping.of("crystal_count", "crystal-count", "0"),
            SetMapping.enumeration("material", "material", "steel"),
            SetMapping.of("weight", "weight", "0"),
            SetMapping.of("price", "price", "0"),
            SetMapping.of("is_stackable", "stackable", "false"),
            SetMapping.of("is_questitem", "quest-item", "false"),
            SetMapping.enumeration("default_action", "action", "none"),
            SetMapping.enumeration("handler", "handler", null),
            SetMapping.of("soulshots", "soulshots", "0"),
            SetMapping.of("spiritshots", "spiritshots", "0"),
            SetMapping.of("random_damage", "random-damage", "0"),
            SetMapping.of("attack_range", "attack-range", "40"),
            SetMapping.of("damage_range", "damage-range", null).with(Names::list),
            SetMapping.of("mp_consume", "mp-consume", "0"),
            SetMapping.of("reduced_mp_consume", "reduced-mp-consume", null).with(Names::list),
            SetMapping.of("reduced_soulshot", "reduced-soulshot", null).with(Names::list),
            SetMapping.of("is_magic_weapon", "magic-weapon", "false"),
            SetMapping.of("isAttackWeapon", "attack-weapon", "true"),
            SetMapping.of("immediate_effect", "immediate-effect", "false", "true"),
            SetMapping.of("ex_immediate_effect", "ex-immediate-effect", "false"),
            SetMapping.of("enchant_enabled", "enchantable", "false"),
            SetMapping.of("element_enabled", "element-enabled", "false"),
            SetMapping.of("duration", "duration", "-1"),
            SetMapping.of("time", "time", "-1"),
            SetMapping.of("reuse_delay", "reuse-delay", "0"),
            SetMapping.of("shared_reuse_group", "shared-reuse-group", "0"),
            SetMapping.of("equip_reuse_delay", "equip-reuse-delay", "0"),
            SetMapping.of("useSkillDisTime", "use-skill-display-time", "0"),
            SetMapping.of("recipe_id", "recipe", "0"),
            SetMapping.of("change_weaponId", "change-weapon", null),
            SetMapping.of("is_tradable", "tradable", "true"),
            SetMapping.of("is_dropable", "droppable", "true"),
            SetMapping.of("is_sellable", "sellable", "true"),
            SetMapping.of("is_depositable", "depositable", "true"),
            SetMapping.of("is_destroyable", "destroyable", "true"),
            SetMapping.of("is_oly_restricted", "olympiad-restricted", "false"),
            SetMapping.of("for_npc", "for-npc", "false"),
            SetMapping.enumeration("item_type", "item-type", null),
            SetMapping.of("equip_condition", "equip-condition", null),
            SetMapping.of("use_condition", "use-condition", null));

    @Override
    public String part() {
        return "items";
    }

    @Override
    public void convert(ImportContext ctx) {
        Map<Integer, Map<Integer, Out>> files = new TreeMap<>();
        for (Path file : ctx.sourceFiles("stats/items")) {
            Source list = Source.parse(file);
            for (Source item : list.children("item")) {
                Out out = item(item, ctx);
                if (out == null) {
                    continue;
                }
                int id = Integer.parseInt(out.attr("id"));
                files.computeIfAbsent(id / FILE_RANGE, k -> new TreeMap<>()).put(id, out);
                ctx.report().count(part(), out.name(), 1);
            }
            list.reportUnread(part(), ctx.report());
        }
        files.forEach((block, items) -> {
            Out root = new Out("items");
            items.values().forEach(root::add);
            int from = block * FILE_RANGE;
            ctx.write(part(), String.format("%05d-%05d.xml", from, from + FILE_RANGE - 1), root);
        });
    }

    private Out item(Source item, ImportContext ctx) {
        ImportReport report = ctx.report();
        String type = item.attr("type");
        String element = switch (type) {
            case "Weapon" -> "weapon";
            case "Armor" -> "armour";
            case "EtcItem" -> "etc-item";
            default -> null;
        };
        if (element == null) {
            report.skipped(part(), item.attr("id"), "unknown item type " + type);
            item.consumeAll();
            return null;
        }
        Out out = new Out(element).attr("id", item.attr("id")).attr("name", item.attr("name"));
        SetList sets = item.sets("set");
        for (SetMapping m : MAPPINGS) {
            m.apply(sets, out);
        }
        if (sets.take("icon") != null) {
            report.ignored(part(), "<set name=\"icon\">", "client-side art, the client has it");
        }
        skills(sets, out, item.attr("id"), ctx);
        for (Source cond : item.children("cond")) {
            out.add(Conditions.condition(cond, part(), report));
        }
        for (Source forBlock : item.children("for")) {
            for (Source op : forBlock.children()) {
                if (StatOps.isStatOp(op)) {
                    out.add(StatOps.convert(op, UnaryOperator.identity(), part(), report));
                } else {
                    report.notMapped(part(), "<" + op.path() + ">");
                }
            }
        }
        return out;
    }

    /** item_skill "id-level;id-level" and the skills triggered on enchant 4, critical hit, magic and unequip. */
    private void skills(SetList sets, Out out, String itemId, ImportContext ctx) {
        skillList(sets.take("item_skill"), null, null, out, itemId, ctx);
        skillList(sets.take("enchant4_skill"), "enchant-4", null, out, itemId, ctx);
        skillList(sets.take("oncrit_skill"), "critical", sets.take("oncrit_chance"), out, itemId, ctx);
        skillList(sets.take("onmagic_skill"), "magic", sets.take("onmagic_chance"), out, itemId, ctx);
        skillList(sets.take("unequip_skill"), "unequip", null, out, itemId, ctx);
    }

    private void skillList(String value, String trigger, String chance, Out out, String itemId, ImportContext ctx) {
        if (value == null || value.isBlank()) {
            return;
        }
        for (String entry : value.split(";")) {
            String[] idLevel = entry.trim().split("-");
            String skill = idLevel[0].trim();
            String level = idLevel.length > 1 ? idLevel[1].trim() : "1";
            if (!ctx.knowsSkill(skill, level)) {
                ctx.report()
                        .skipped(
                                part(),
                                "item " + itemId + " skill " + skill + "-" + level,
                                "no such skill in the source");
                continue;
            }
            out.add("skill")
                    .attr("id", skill)
                    .attr("level", level)
                    .attr("on", trigger)
                    .attr("chance", chance);
        }
    }

    private static String bodyPart(String value) {
        return BODY_PARTS.getOrDefault(value, Names.kebab(value));
    }
}
