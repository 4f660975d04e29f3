package org.aden.game.item;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aden.game.datapack.XmlDatapack;
import org.aden.game.datapack.XmlElement;

/**
 * Reads {@code datapack/items/*.xml} (schema {@code items.xsd}) into an {@link ItemCatalog}. The base values of a
 * template's stats come from its unconditional {@code set}/{@code add} operations on them; every other
 * operation is kept as a modifier. An id defined twice is an error naming both places.
 */
public final class ItemTemplateLoader {
    public static final String FOLDER = "items";
    public static final String SCHEMA = "items.xsd";

    private static final Map<String, Integer> BODY_PARTS = Map.ofEntries(
            Map.entry("underwear", PaperdollSlot.MASK_UNDERWEAR),
            Map.entry("ear", PaperdollSlot.MASK_EARRING),
            Map.entry("neck", PaperdollSlot.MASK_NECK),
            Map.entry("finger", PaperdollSlot.MASK_RING),
            Map.entry("head", PaperdollSlot.MASK_HEAD),
            Map.entry("right-hand", PaperdollSlot.MASK_RIGHT_HAND),
            Map.entry("left-hand", PaperdollSlot.MASK_LEFT_HAND),
            Map.entry("gloves", PaperdollSlot.MASK_GLOVES),
            Map.entry("chest", PaperdollSlot.MASK_CHEST),
            Map.entry("legs", PaperdollSlot.MASK_LEGS),
            Map.entry("feet", PaperdollSlot.MASK_FEET),
            Map.entry("back", PaperdollSlot.MASK_BACK),
            Map.entry("two-hand", PaperdollSlot.MASK_TWO_HANDS),
            Map.entry("full-armour", PaperdollSlot.MASK_FULL_ARMOR),
            Map.entry("hair", PaperdollSlot.MASK_HAIR),
            Map.entry("all-dress", PaperdollSlot.MASK_ALL_DRESS),
            Map.entry("face", PaperdollSlot.MASK_FACE),
            Map.entry("hair-all", PaperdollSlot.MASK_HAIR_ALL));

    private ItemTemplateLoader() {}

    public static ItemCatalog load(XmlDatapack datapack) {
        return load(datapack.files(FOLDER).parallelStream()
                .map(f -> datapack.read(f, SCHEMA))
                .toList());
    }

    /** @param roots the parsed and validated files, in file order */
    public static ItemCatalog load(List<XmlElement> roots) {
        Map<Integer, ItemTemplate> byId = new HashMap<>();
        Map<Integer, XmlElement> where = new HashMap<>();
        for (XmlElement root : roots) {
            for (XmlElement e : root.children()) {
                ItemTemplate t = template(e);
                XmlElement previous = where.putIfAbsent(t.itemId(), e);
                if (previous != null) {
                    throw e.error("item " + t.itemId() + " is already defined at "
                            + previous.file().getFileName() + ":" + previous.line());
                }
                byId.put(t.itemId(), t);
            }
        }
        return new ItemCatalog(byId);
    }

    static ItemTemplate template(XmlElement e) {
        ItemTemplate.Kind kind = switch (e.name()) {
            case "weapon" -> ItemTemplate.Kind.WEAPON;
            case "armour" -> ItemTemplate.Kind.ARMOUR;
            default -> ItemTemplate.Kind.ETC;
        };
        String type = e.string("weapon-type", e.string("armour-type", e.string("etc-type", "")));
        int bodyPart = e.has("body-part") ? BODY_PARTS.get(e.string("body-part")) : 0;
        List<ItemTemplate.ItemSkill> skills = new ArrayList<>();
        for (XmlElement s : e.children("skill")) {
            skills.add(new ItemTemplate.ItemSkill(
                    s.integer("id"), s.integer("level"), s.string("on", null), s.decimal("chance")));
        }
        Map<String, Double> base = new HashMap<>();
        List<ItemTemplate.StatOp> modifiers = new ArrayList<>();
        for (XmlElement op : e.children()) {
            if (op.name().equals("skill") || op.name().equals("condition")) {
                continue;
            }
            String stat = op.string("stat");
            double value = op.decimal("value");
            boolean plain = op.children().isEmpty()
                    && (op.name().equals("set") || op.name().equals("add"));
            if (plain && BASE_STATS.contains(stat) && !base.containsKey(stat)) {
                base.put(stat, value);
            } else {
                modifiers.add(new ItemTemplate.StatOp(op.name(), stat, value));
            }
        }
        ItemTemplate.Stats stats = new ItemTemplate.Stats(
                stat(base, "p-atk"),
                stat(base, "m-atk"),
                stat(base, "p-def"),
                stat(base, "m-def"),
                stat(base, "p-atk-spd"),
                stat(base, "crit-rate"),
                stat(base, "s-def"),
                stat(base, "r-shld"),
                base.containsKey("p-atk-range") ? stat(base, "p-atk-range") : e.integer("attack-range", 40),
                e.integer("random-damage", 0),
                e.integer("soulshots", 0),
                e.integer("spiritshots", 0),
                e.integer("mp-consume", 0),
                bool(e, "magic-weapon", false));
        ItemTemplate.Rules rules = new ItemTemplate.Rules(
                bool(e, "tradable", true),
                bool(e, "droppable", true),
                bool(e, "sellable", true),
                bool(e, "depositable", true),
                bool(e, "destroyable", true),
                bool(e, "enchantable", false));
        return new ItemTemplate(
                e.integer("id"),
                e.string("name").intern(),
                kind,
                type.intern(),
                bodyPart,
                e.enumValue("grade", ItemTemplate.Grade.class),
                e.integer("crystal-count", 0),
                e.integer("weight", 0),
                e.integer("price", 0),
                bool(e, "stackable", false),
                bool(e, "quest-item", false),
                e.string("action", "none").intern(),
                stats,
                rules,
                skills,
                modifiers);
    }

    private static final java.util.Set<String> BASE_STATS = java.util.Set.of(
            "p-atk", "m-atk", "p-def", "m-def", "p-atk-spd", "crit-rate", "s-def", "r-shld", "p-atk-range");

    private static int stat(Map<String, Double> base, String stat) {
        return (int) Math.round(base.getOrDefault(stat, 0.0));
    }

    private static boolean bool(XmlElement e, String attribute, boolean def) {
        String v = e.string(attribute, Boolean.toString(def)).trim();
        return v.equals("true") || v.equals("1");
    }
}
