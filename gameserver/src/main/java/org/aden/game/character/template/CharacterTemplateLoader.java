package org.aden.game.character.template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aden.game.character.template.CharacterTemplate.BaseStats;
import org.aden.game.character.template.CharacterTemplate.Collision;
import org.aden.game.character.template.CharacterTemplate.Combat;
import org.aden.game.character.template.CharacterTemplate.Point;
import org.aden.game.character.template.CharacterTemplate.Speed;
import org.aden.game.character.template.CharacterTemplate.StartItem;
import org.aden.game.character.template.CharacterTemplate.StartSkill;
import org.aden.game.character.template.CharacterTemplate.UnarmedDefence;
import org.aden.game.datapack.DatapackException;
import org.aden.game.datapack.XmlDatapack;
import org.aden.game.datapack.XmlElement;
import org.aden.game.item.PaperdollSlot;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Loads datapack/chars/*.xml (schema chars.xsd); any error names the file and line. */
public final class CharacterTemplateLoader {
    private static final Logger LOG = LogManager.getLogger(CharacterTemplateLoader.class);
    public static final String FOLDER = "chars";
    public static final String SCHEMA = "chars.xsd";

    private CharacterTemplateLoader() {}

    public static CharacterTemplates load(XmlDatapack datapack) {
        List<XmlElement> roots = new ArrayList<>();
        for (Path file : datapack.files(FOLDER)) {
            roots.add(datapack.read(file, SCHEMA));
        }
        CharacterTemplates templates = load(roots, datapack.root().resolve(FOLDER));
        LOG.info(
                "Loaded {} character creation templates from {}",
                templates.size(),
                datapack.root().resolve(FOLDER));
        return templates;
    }

    /** @param roots the parsed and validated files of {@code folder}, in file order */
    public static CharacterTemplates load(List<XmlElement> roots, Path folder) {
        List<CharacterTemplate> templates = new ArrayList<>();
        Map<Integer, Path> seen = new HashMap<>();
        for (XmlElement root : roots) {
            CharacterTemplate t = parse(root);
            Path earlier = seen.putIfAbsent(t.classId(), root.file());
            if (earlier != null) {
                throw root.error("class " + t.classId() + " is already defined in " + earlier.getFileName());
            }
            templates.add(t);
        }
        if (templates.isEmpty()) {
            throw new DatapackException(folder, 0, "no character templates");
        }
        return new CharacterTemplates(templates);
    }

    static CharacterTemplate parse(XmlElement root) {
        XmlElement s = root.child("base-stats");
        XmlElement l = root.child("level-one");
        XmlElement c = root.child("combat");
        XmlElement d = root.child("unarmed-defence");
        XmlElement v = root.child("speed");
        List<Point> points = root.child("start-points").children("point").stream()
                .map(p -> new Point(p.integer("x"), p.integer("y"), p.integer("z")))
                .toList();
        List<StartItem> items = new ArrayList<>();
        for (XmlElement i : root.child("start-items").children("item")) {
            PaperdollSlot slot = i.has("equip") ? i.enumValue("equip", PaperdollSlot.class) : null;
            if (slot != null && items.stream().anyMatch(o -> o.equip() == slot)) {
                throw i.error("two start items are worn in slot " + i.string("equip"));
            }
            items.add(new StartItem(i.integer("id"), i.longValue("count", 1), slot));
        }
        List<StartSkill> skills = root.child("start-skills").children("skill").stream()
                .map(k -> new StartSkill(k.integer("id"), k.integer("level")))
                .toList();
        return new CharacterTemplate(
                root.integer("class-id"),
                root.string("name"),
                root.enumValue("race", Race.class),
                root.string("archetype").equals("mystic"),
                new BaseStats(
                        s.integer("str"),
                        s.integer("dex"),
                        s.integer("con"),
                        s.integer("int"),
                        s.integer("wit"),
                        s.integer("men")),
                l.decimal("hp"),
                l.decimal("mp"),
                l.decimal("cp"),
                new Combat(
                        c.integer("p-atk"),
                        c.integer("m-atk"),
                        c.integer("attack-speed"),
                        c.integer("critical"),
                        c.integer("attack-range")),
                new UnarmedDefence(
                        d.integer("chest"),
                        d.integer("legs"),
                        d.integer("head"),
                        d.integer("feet"),
                        d.integer("gloves"),
                        d.integer("underwear"),
                        d.integer("back"),
                        d.integer("right-ear"),
                        d.integer("left-ear"),
                        d.integer("right-finger"),
                        d.integer("left-finger"),
                        d.integer("neck")),
                new Speed(v.integer("walk"), v.integer("run"), v.integer("swim")),
                collision(root.child("collision-male")),
                collision(root.child("collision-female")),
                points,
                items,
                skills);
    }

    private static Collision collision(XmlElement e) {
        return new Collision(e.decimal("radius"), e.decimal("height"));
    }
}
