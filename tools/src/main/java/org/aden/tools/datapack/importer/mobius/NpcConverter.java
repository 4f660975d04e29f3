package org.aden.tools.datapack.importer.mobius;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aden.tools.datapack.importer.ImportContext;
import org.aden.tools.datapack.importer.Names;
import org.aden.tools.datapack.importer.Numbers;
import org.aden.tools.datapack.importer.Out;
import org.aden.tools.datapack.importer.PartConverter;
import org.aden.tools.datapack.importer.Source;

/**
 * stats/npcs: every NPC template (merchants, guards, monsters, raid bosses, pets...) as one element whose scalars
 * are attributes; skills, drops, spoils, minions and AI parameters are children.
 */
final class NpcConverter implements PartConverter {
    static final int FILE_RANGE = 1000;

    @Override
    public String part() {
        return "npcs";
    }

    @Override
    public void convert(ImportContext ctx) {
        Map<Integer, Map<Integer, Out>> files = new TreeMap<>();
        for (Path file : ctx.sourceFiles("stats/npcs")) {
            String relative = ctx.sourceFile("stats/npcs").relativize(file).toString();
            if (relative.startsWith("custom")) {
                ctx.report().skipped(part(), relative, "custom NPCs, not Interlude");
                continue;
            }
            Source list = Source.parse(file);
            for (Source npc : list.children("npc")) {
                Out out = npc(npc, ctx);
                int id = Integer.parseInt(out.attr("id"));
                files.computeIfAbsent(id / FILE_RANGE, k -> new TreeMap<>()).put(id, out);
                ctx.ids(part()).add((long) id);
                ctx.report().count(part(), "npcs", 1);
            }
            list.reportUnread(part(), ctx.report());
        }
        files.forEach((block, npcs) -> {
            Out root = new Out("npcs");
            npcs.values().forEach(root::add);
            int from = block * FILE_RANGE;
            ctx.write(part(), String.format("%05d-%05d.xml", from, from + FILE_RANGE - 1), root);
        });
    }

    private Out npc(Source npc, ImportContext ctx) {
        String type = npc.attr("type", "Folk");
        String id = npc.attr("id");
        Out out = new Out("npc").attr("id", id);
        String displayId = npc.attr("displayId");
        out.attr("display-id", displayId != null && !displayId.equals(id) ? displayId : null)
                .attr("name", npc.attr("name"))
                .attr("title", npc.attr("title"))
                .attr("server-side-name", npc.attr("usingServerSideName"), "false")
                .attr("server-side-title", npc.attr("usingServerSideTitle"), "false")
                .attr("type", Names.kebab(type))
                .attr("level", npc.attr("level", "70"))
                .attr("race", Names.value(npc.childText("race")), "none")
                .attr("sex", Names.value(npc.childText("sex")), "etc");
        acquire(npc.child("acquire"), out);
        stats(npc.child("stats"), out);
        status(npc.child("status"), type, out);
        collision(npc.child("collision"), out);
        equipment(npc.child("equipment"), out);
        shots(npc.child("shots"), out);
        out.attr("hp-rate", Numbers.normalize(npc.childText("sNpcPropHpRate")), "1")
                .attr("critical-effect", npc.childText("exCrtEffect"), "true")
                .attr("corpse-time-sec", npc.childText("corpseTime"));
        ai(npc.child("ai"), out);
        Source skills = npc.child("skillList");
        if (skills != null) {
            for (Source s : skills.children("skill")) {
                if (known(ctx, id, "skill", s.attr("id"), s.attr("level"))) {
                    out.add("skill").attr("id", s.attr("id")).attr("level", s.attr("level"));
                }
            }
        }
        parameters(npc.child("parameters"), out, id, ctx);
        drops(npc.child("dropLists"), out);
        return out;
    }

    private static void acquire(Source a, Out out) {
        if (a != null) {
            out.attr("exp", Numbers.normalize(a.attr("exp")), "0")
                    .attr("sp", Numbers.normalize(a.attr("sp")), "0")
                    .attr("raid-points", Numbers.normalize(a.attr("raidPoints")), "0");
        }
    }

    private static void stats(Source s, Out out) {
        if (s == null) {
            return;
        }
        out.attr("str", s.attr("str", "0"), "40")
                .attr("int", s.attr("int", "0"), "21")
                .attr("dex", s.attr("dex", "0"), "30")
                .attr("wit", s.attr("wit", "0"), "20")
                .attr("con", s.attr("con", "0"), "43")
                .attr("men", s.attr("men", "0"), "20");
        Source v = s.child("vitals");
        if (v != null) {
            out.attr("hp", Numbers.normalize(v.attr("hp")))
                    .attr("mp", Numbers.normalize(v.attr("mp")))
                    .attr("hp-regen", Numbers.normalize(v.attr("hpRegen")))
                    .attr("mp-regen", Numbers.normalize(v.attr("mpRegen")));
        }
        Source a = s.child("attack");
        if (a != null) {
            out.attr("p-atk", Numbers.normalize(a.attr("physical")))
                    .attr("m-atk", Numbers.normalize(a.attr("magical")))
                    .attr("random-damage", a.attr("random"), "0")
                    .attr("critical", a.attr("critical"), "4")
                    .attr("accuracy", Numbers.normalize(a.attr("accuracy")), "0")
                    .attr("attack-speed", a.attr("attackSpeed"), "300")
                    .attr("attack-type", Names.value(a.attr("type")), "fist")
                    .attr("attack-range", a.attr("range"), "40")
                    .attr("attack-distance", a.attr("distance"), "80")
                    .attr("attack-width", a.attr("width"), "120")
                    .attr("attack-reuse", a.attr("reuseDelay"));
        }
        Source d = s.child("defence");
        if (d != null) {
            out.attr("p-def", Numbers.normalize(d.attr("physical")))
                    .attr("m-def", Numbers.normalize(d.attr("magical")))
                    .attr("evasion", Numbers.normalize(d.attr("evasion")), "0")
                    .attr("shield-def", d.attr("shield"), "0")
                    .attr("shield-rate", d.attr("shieldRate"), "0");
        }
        Source speed = s.child("speed");
        if (speed != null) {
            Source walk = speed.child("walk");
            Source run = speed.child("run");
            out.attr("walk", walk == null ? null : Numbers.normalize(walk.attr("ground")))
                    .attr("run", run == null ? null : Numbers.normalize(run.attr("ground")));
        }
        out.attr("hit-time", s.childText("hitTime"));
    }

    /** Flags; "undying" defaults by type in Mobius (monsters die), so the resolved value is written. */
    private static void status(Source s, String type, Out out) {
        boolean mortalType = type.equals("Monster") || type.equals("RaidBoss") || type.equals("GrandBoss");
        String undying = s == null ? null : s.attr("undying");
        out.attr("undying", undying != null ? undying : Boolean.toString(!mortalType), "false");
        if (s == null) {
            return;
        }
        out.attr("attackable", s.attr("attackable"), "true")
                .attr("targetable", s.attr("targetable"), "true")
                .attr("talkable", s.attr("talkable"), "true")
                .attr("can-move", s.attr("canMove"), "true")
                .attr("show-name", s.attr("showName"), "true")
                .attr("flying", s.attr("flying"), "false")
                .attr("can-be-sown", s.attr("canBeSown"), "false")
                .attr("no-sleep-mode", s.attr("noSleepMode"), "false")
                .attr("has-summoner", s.attr("hasSummoner"), "false")
                .attr("fake-player", s.attr("fakePlayer"), "false");
    }

    private static void collision(Source c, Out out) {
        if (c == null) {
            return;
        }
        Source r = c.child("radius");
        Source h = c.child("height");
        if (r != null) {
            out.attr("collision-radius", Numbers.normalize(r.attr("normal")))
                    .attr("collision-radius-grown", Numbers.normalize(r.attr("grown")));
        }
        if (h != null) {
            out.attr("collision-height", Numbers.normalize(h.attr("normal")))
                    .attr("collision-height-grown", Numbers.normalize(h.attr("grown")));
        }
    }

    private static void equipment(Source e, Out out) {
        if (e != null) {
            out.attr("right-hand", e.attr("rhand")).attr("left-hand", e.attr("lhand"));
        }
    }

    private static void shots(Source s, Out out) {
        if (s != null) {
            out.attr("soulshots", s.attr("soul"), "0")
                    .attr("spiritshots", s.attr("spirit"), "0")
                    .attr("soulshot-chance", s.attr("shotChance"), "0")
                    .attr("spiritshot-chance", s.attr("spiritChance"), "0");
        }
    }

    /** Mobius counts an NPC without isAggressive as aggressive; it only acts on that with an aggro range. */
    private static void ai(Source ai, Out out) {
        if (ai == null) {
            return;
        }
        String range = ai.attr("aggroRange", "0");
        boolean aggressive = Boolean.parseBoolean(ai.attr("isAggressive", "true")) && Integer.parseInt(range) > 0;
        out.attr("ai", Names.value(ai.attr("type")), "fighter")
                .attr("aggro-range", range, "0")
                .attr("aggressive", Boolean.toString(aggressive), "false")
                .attr("clan-help-range", ai.attr("clanHelpRange"), "0");
        Source clans = ai.child("clanList");
        if (clans != null) {
            List<String> names = clans.children("clan").stream()
                    .map(c -> Names.value(c.text()))
                    .toList();
            List<String> ignored =
                    clans.children("ignoreNpcId").stream().map(Source::text).toList();
            out.attr("clans", names.isEmpty() ? null : String.join(" ", names))
                    .attr("clan-ignores", ignored.isEmpty() ? null : String.join(" ", ignored));
        }
        for (Source s : ai.children("skill")) {
            out.add("ai-skill-chance")
                    .attr("primary", s.attr("primaryId"))
                    .attr("short-range", s.attr("shortRangeId"))
                    .attr("short-range-chance", s.attr("shortRangeChance"))
                    .attr("long-range", s.attr("longRangeId"))
                    .attr("long-range-chance", s.attr("longRangeChance"))
                    .attr("max-chance", s.attr("maxChance"));
        }
    }

    /** AI parameters (official AI names, kebab-cased), named AI skills and minions. */
    private boolean known(ImportContext ctx, String npcId, String what, String skill, String level) {
        if (ctx.knowsSkill(skill, level)) {
            return true;
        }
        ctx.report()
                .skipped(
                        part(), "NPC " + npcId + " " + what + " " + skill + "-" + level, "no such skill in the source");
        return false;
    }

    private void parameters(Source p, Out out, String npcId, ImportContext ctx) {
        if (p == null) {
            return;
        }
        for (Source param : p.children("param")) {
            out.add("param").attr("name", Names.kebab(param.attr("name"))).attr("value", param.attr("value"));
        }
        for (Source s : p.children("skill")) {
            if (!known(ctx, npcId, "ai-skill " + s.attr("name"), s.attr("id"), s.attr("level"))) {
                continue;
            }
            out.add("ai-skill")
                    .attr("name", Names.kebab(s.attr("name")))
                    .attr("id", s.attr("id"))
                    .attr("level", s.attr("level"));
        }
        for (Source group : p.children("minions")) {
            for (Source m : group.children("npc")) {
                out.add("minion")
                        .attr("id", m.attr("id"))
                        .attr("count", m.attr("count"), "1")
                        .attr("respawn-sec", m.attr("respawnTime"))
                        .attr("weight", m.attr("weightPoint"), "0")
                        .attr("group", Names.kebab(group.attr("name")), "privates");
            }
        }
    }

    private static void drops(Source lists, Out out) {
        if (lists == null) {
            return;
        }
        for (Source drop : lists.children("drop")) {
            for (Source group : drop.children("group")) {
                Out g = out.add("drop").attr("chance", Numbers.normalize(group.attr("chance")));
                for (Source item : group.children("item")) {
                    g.add(item(item, "item"));
                }
            }
        }
        for (Source spoil : lists.children("spoil")) {
            for (Source item : spoil.children("item")) {
                out.add(item(item, "spoil"));
            }
        }
    }

    private static Out item(Source item, String element) {
        return new Out(element)
                .attr("id", item.attr("id"))
                .attr("min", item.attr("min"), "1")
                .attr("max", item.attr("max"), "1")
                .attr("chance", Numbers.normalize(item.attr("chance")));
    }
}
