package org.aden.game.character.template;

import java.util.List;
import org.aden.game.item.PaperdollSlot;

/**
 * What a new character of one base class starts with (datapack/chars/*.xml). Immutable.
 *
 * @param mystic true for the mystic archetype (affects nothing here yet; kept for the world's stat formulas)
 */
public record CharacterTemplate(
        int classId,
        String name,
        Race race,
        boolean mystic,
        BaseStats stats,
        double levelOneHp,
        double levelOneMp,
        double levelOneCp,
        Combat combat,
        UnarmedDefence unarmedDefence,
        Speed speed,
        Collision collisionMale,
        Collision collisionFemale,
        List<Point> startPoints,
        List<StartItem> startItems,
        List<StartSkill> startSkills) {

    public CharacterTemplate {
        startPoints = List.copyOf(startPoints);
        startItems = List.copyOf(startItems);
        startSkills = List.copyOf(startSkills);
    }

    public record BaseStats(int str, int dex, int con, int intelligence, int wit, int men) {}

    public record Combat(int pAtk, int mAtk, int attackSpeed, int critical, int attackRange) {}

    /** P.Def (armour slots) and M.Def (jewel slots) a character has with nothing in that slot. */
    public record UnarmedDefence(
            int chest,
            int legs,
            int head,
            int feet,
            int gloves,
            int underwear,
            int back,
            int rightEar,
            int leftEar,
            int rightFinger,
            int leftFinger,
            int neck) {}

    public record Speed(int walk, int run, int swim) {}

    public record Collision(double radius, double height) {}

    public record Point(int x, int y, int z) {}

    /** @param equip where it is worn at creation, or null when it starts in the inventory */
    public record StartItem(int itemId, long count, PaperdollSlot equip) {}

    public record StartSkill(int skillId, int level) {}

    public Collision collision(int sex) {
        return sex == 0 ? collisionMale : collisionFemale;
    }
}
