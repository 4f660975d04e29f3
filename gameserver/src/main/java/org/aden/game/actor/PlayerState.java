package org.aden.game.actor;

/**
 * The persistent part of a character at one moment: built on the world thread, written to the database
 * by the persistence executor. Immutable, so it can cross threads safely.
 */
public record PlayerState(
        int objectId,
        String account,
        String name,
        Appearance appearance,
        int classId,
        int level,
        long exp,
        int sp,
        int x,
        int y,
        int z,
        int heading,
        double curHp,
        double curMp,
        double curCp,
        String title,
        int karma,
        int pvpKills,
        int pkKills,
        boolean noble,
        boolean hero,
        int nameColor,
        int titleColor,
        int recommendationsLeft,
        int recommendationsHave,
        int accessLevel) {}
