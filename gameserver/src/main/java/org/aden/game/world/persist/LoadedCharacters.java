package org.aden.game.world.persist;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aden.game.character.CharacterData;
import org.aden.game.character.CharacterSnapshot;
import org.aden.game.character.template.CharacterTemplate;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLocation;
import org.aden.game.item.PaperdollSlot;
import org.aden.game.skill.SkillData;
import org.aden.game.world.Appearance;
import org.aden.game.world.EnterWorldData;
import org.aden.game.world.PlayerState;
import org.aden.game.world.Shortcut;
import org.aden.game.world.SkillEntry;
import org.aden.game.world.stat.BodyPart;
import org.aden.game.world.stat.CharacterTemplates;
import org.aden.game.world.stat.InventoryItem;
import org.aden.game.world.stat.ItemCatalog;

/** Turns what the lobby loaded from the database into what the world places, and datapack templates into stats. */
public final class LoadedCharacters {
    /** Default title colour (Mobius's; aCis uses 0xFFFF77). */
    static final int TITLE_COLOR = 0xECF9A2;
    /** Passive skills among the starting ones, until skill data arrives with the skills issue. */
    private static final Set<Integer> PASSIVE = Set.of(194, 239);
    /** Hot bar of a character with no stored shortcuts: Attack, Pick Up, Sit/Stand (action ids 2, 5, 0). */
    private static final List<Shortcut> DEFAULT_BAR =
            List.of(new Shortcut(3, 0, 2, 0), new Shortcut(3, 3, 5, 0), new Shortcut(3, 10, 0, 0));

    private final ItemCatalog items;

    public LoadedCharacters(ItemCatalog items) {
        this.items = items;
    }

    public EnterWorldData toWorld(CharacterSnapshot snapshot) {
        CharacterData c = snapshot.character();
        PlayerState state = new PlayerState(
                c.objectId(),
                c.account(),
                c.name(),
                new Appearance(c.race(), c.sex(), c.baseClassId(), c.hairStyle(), c.hairColor(), c.face()),
                c.classId(),
                c.level(),
                c.exp(),
                c.sp(),
                c.x(),
                c.y(),
                c.z(),
                c.heading(),
                c.currentHp(),
                c.currentMp(),
                c.currentCp(),
                c.title(),
                c.karma(),
                c.pvpKills(),
                c.pkKills(),
                false,
                false,
                0xFFFFFF,
                TITLE_COLOR,
                0,
                0,
                c.accessLevel());
        List<InventoryItem> inventory = new ArrayList<>();
        for (ItemData i : snapshot.items()) {
            if (i.location() == ItemLocation.WAREHOUSE) {
                continue;
            }
            int pos = i.equipped() ? position(i.paperdollSlot()) : -1;
            inventory.add(new InventoryItem(
                    i.objectId(),
                    items.get(i.itemId()),
                    (int) Math.min(Integer.MAX_VALUE, i.count()),
                    i.enchantLevel(),
                    pos));
        }
        List<SkillEntry> skills = new ArrayList<>();
        for (SkillData s : snapshot.skills()) {
            skills.add(new SkillEntry(s.skillId(), s.level(), PASSIVE.contains(s.skillId())));
        }
        return new EnterWorldData(state, inventory, skills, DEFAULT_BAR, List.of());
    }

    /** The stored paperdoll slot's position in UserInfo's 17-entry order (they differ from 14 on). */
    static int position(PaperdollSlot slot) {
        if (slot == null) {
            return -1;
        }
        return switch (slot) {
            case HAIR -> BodyPart.P_HAIR;
            case HAIR2, FACE -> BodyPart.P_FACE;
            default -> slot.id();
        };
    }

    /** World stat templates whose base values come from the datapack's character templates. */
    public static CharacterTemplates templates(org.aden.game.character.template.CharacterTemplates datapack) {
        CharacterTemplates world = new CharacterTemplates();
        for (CharacterTemplate d : datapack.all()) {
            var s = d.stats();
            var u = d.unarmedDefence();
            int[] pdef = new int[BodyPart.POSITIONS];
            pdef[BodyPart.P_CHEST] = u.chest();
            pdef[BodyPart.P_LEGS] = u.legs();
            pdef[BodyPart.P_HEAD] = u.head();
            pdef[BodyPart.P_FEET] = u.feet();
            pdef[BodyPart.P_GLOVES] = u.gloves();
            pdef[BodyPart.P_UNDER] = u.underwear();
            pdef[BodyPart.P_BACK] = u.back();
            int[] mdef = new int[BodyPart.POSITIONS];
            mdef[BodyPart.P_REAR] = u.rightEar();
            mdef[BodyPart.P_LEAR] = u.leftEar();
            mdef[BodyPart.P_RFINGER] = u.rightFinger();
            mdef[BodyPart.P_LFINGER] = u.leftFinger();
            mdef[BodyPart.P_NECK] = u.neck();
            world.override(
                    d.classId(),
                    t -> t.withBase(
                            s.str(),
                            s.dex(),
                            s.con(),
                            s.intelligence(),
                            s.wit(),
                            s.men(),
                            d.levelOneHp(),
                            d.levelOneMp(),
                            d.levelOneCp(),
                            d.speed().run(),
                            d.speed().walk(),
                            d.speed().swim(),
                            d.collisionMale().radius(),
                            d.collisionMale().height(),
                            d.collisionFemale().radius(),
                            d.collisionFemale().height(),
                            d.combat().pAtk(),
                            d.combat().mAtk(),
                            d.combat().attackSpeed(),
                            d.combat().critical(),
                            pdef,
                            mdef));
        }
        return world;
    }
}
