package org.aden.game.npc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aden.game.datapack.DatapackException;
import org.aden.game.datapack.XmlDatapack;
import org.aden.game.datapack.XmlElement;

/**
 * Loads {@code datapack/npcs/*.xml}, each file validated against {@code schema/npcs.xsd} while it is parsed (so
 * the schema's defaults are applied). Any problem, including an id defined twice, is a {@link DatapackException}
 * naming the file and line.
 */
public final class NpcTemplateLoader {
    private NpcTemplateLoader() {}

    public static NpcTemplates load(XmlDatapack datapack) {
        // files are parsed and validated in parallel, then read in file order (errors and results stay deterministic)
        return load(datapack.files("npcs").parallelStream()
                .map(f -> datapack.read(f, "npcs.xsd"))
                .toList());
    }

    /** @param roots the parsed and validated files, in file order */
    public static NpcTemplates load(List<XmlElement> roots) {
        Map<Integer, NpcTemplate> byId = new HashMap<>();
        Map<Integer, String> where = new HashMap<>();
        for (XmlElement root : roots) {
            Path file = root.file();
            for (XmlElement e : root.children("npc")) {
                NpcTemplate t = template(e);
                String previous = where.putIfAbsent(t.id(), file.getFileName() + ":" + e.line());
                if (previous != null) {
                    throw e.error("NPC " + t.id() + " is already defined at " + previous);
                }
                byId.put(t.id(), t);
            }
        }
        return new NpcTemplates(byId);
    }

    static NpcTemplate template(XmlElement e) {
        int id = e.integer("id");
        return new NpcTemplate(
                id,
                e.integer("display-id", id),
                e.string("name", ""),
                e.string("title", ""),
                bool(e, "server-side-name"),
                bool(e, "server-side-title"),
                e.string("type"),
                e.integer("level"),
                bool(e, "attackable"),
                bool(e, "targetable"),
                bool(e, "aggressive"),
                e.integer("aggro-range", 0),
                decimal(e, "collision-radius"),
                decimal(e, "collision-height"),
                (int) Math.round(decimal(e, "walk")),
                (int) Math.round(decimal(e, "run")),
                decimal(e, "hp"),
                decimal(e, "mp"),
                combat(e),
                rewards(e),
                behaviour(e));
    }

    private static NpcTemplate.Behaviour behaviour(XmlElement e) {
        List<NpcTemplate.SkillRef> skills = new ArrayList<>();
        for (XmlElement s : e.children("skill")) {
            skills.add(new NpcTemplate.SkillRef(s.integer("id"), s.integer("level"), ""));
        }
        for (XmlElement s : e.children("ai-skill")) {
            skills.add(new NpcTemplate.SkillRef(s.integer("id"), s.integer("level"), s.string("name")));
        }
        String clans = e.string("clans", "").trim();
        if (skills.isEmpty() && clans.isEmpty()) {
            return NpcTemplate.Behaviour.NONE;
        }
        return new NpcTemplate.Behaviour(skills, clans.isEmpty() ? List.of() : List.of(clans.split("\\s+")));
    }

    private static NpcTemplate.Combat combat(XmlElement e) {
        return new NpcTemplate.Combat(
                decimal(e, "p-atk"),
                decimal(e, "p-def"),
                decimal(e, "m-atk"),
                decimal(e, "m-def"),
                e.integer("attack-speed"),
                e.integer("attack-range"),
                e.integer("critical"),
                decimal(e, "accuracy"),
                decimal(e, "evasion"),
                e.integer("random-damage"),
                e.integer("shield-def"),
                e.integer("shield-rate"),
                decimal(e, "hp-regen"),
                decimal(e, "mp-regen"),
                e.integer("clan-help-range"),
                e.integer("corpse-time-sec", 0));
    }

    private static NpcTemplate.Rewards rewards(XmlElement e) {
        List<NpcTemplate.DropGroup> drops = new ArrayList<>();
        for (XmlElement d : e.children("drop")) {
            List<NpcTemplate.DropItem> items = new ArrayList<>();
            for (XmlElement i : d.children("item")) {
                items.add(dropItem(i));
            }
            drops.add(new NpcTemplate.DropGroup(d.decimal("chance"), items));
        }
        List<NpcTemplate.DropItem> spoils = new ArrayList<>();
        for (XmlElement s : e.children("spoil")) {
            spoils.add(dropItem(s));
        }
        long exp = Math.round(decimal(e, "exp"));
        int sp = (int) Math.round(decimal(e, "sp"));
        return exp == 0 && sp == 0 && drops.isEmpty() && spoils.isEmpty()
                ? NpcTemplate.Rewards.NONE
                : new NpcTemplate.Rewards(exp, sp, drops, spoils);
    }

    private static NpcTemplate.DropItem dropItem(XmlElement i) {
        return new NpcTemplate.DropItem(
                i.integer("id"), Math.round(i.decimal("min")), Math.round(i.decimal("max")), i.decimal("chance"));
    }

    /** Boolean attributes all have a schema default, so validation always supplies them. */
    private static boolean bool(XmlElement e, String attribute) {
        String v = e.string(attribute).trim();
        return v.equals("true") || v.equals("1");
    }

    private static double decimal(XmlElement e, String attribute) {
        return e.has(attribute) ? e.decimal(attribute) : 0;
    }
}
