package org.aden.game.character;

/**
 * One character as stored (a row of aden_game.characters). Immutable: changes produce a new value.
 *
 * @param deleteTime epoch milliseconds when the character will be deleted, 0 when not marked
 * @param lastAccess epoch milliseconds of the last time it entered the world, 0 when never
 * @param createdAt epoch milliseconds of its creation (character list order)
 */
public record CharacterData(
        int objectId,
        String account,
        String name,
        String title,
        int race,
        int classId,
        int baseClassId,
        int sex,
        int hairStyle,
        int hairColor,
        int face,
        int level,
        long exp,
        int sp,
        double currentHp,
        double currentMp,
        double currentCp,
        double maxHp,
        double maxMp,
        double maxCp,
        int karma,
        int pkKills,
        int pvpKills,
        int x,
        int y,
        int z,
        int heading,
        int clanId,
        int accessLevel,
        long deleteTime,
        long lastAccess,
        long createdAt) {

    /** {@code accessLevel} of a character that has none of its own: it inherits its account's (NULL in the table). */
    public static final int INHERIT_ACCESS = org.aden.game.actor.PlayerState.INHERIT_ACCESS;

    public CharacterData withDeleteTime(long deleteTime) {
        return new CharacterData(
                objectId,
                account,
                name,
                title,
                race,
                classId,
                baseClassId,
                sex,
                hairStyle,
                hairColor,
                face,
                level,
                exp,
                sp,
                currentHp,
                currentMp,
                currentCp,
                maxHp,
                maxMp,
                maxCp,
                karma,
                pkKills,
                pvpKills,
                x,
                y,
                z,
                heading,
                clanId,
                accessLevel,
                deleteTime,
                lastAccess,
                createdAt);
    }
}
