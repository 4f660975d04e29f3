package org.aden.game.actor;

/** A character's derived values at one moment; recomputed when level or equipment change. */
public record CharacterStats(
        int str,
        int dex,
        int con,
        int intel,
        int wit,
        int men,
        int maxHp,
        int maxMp,
        int maxCp,
        int pAtk,
        int pAtkSpd,
        int pDef,
        int evasion,
        int accuracy,
        int critical,
        int mAtk,
        int mAtkSpd,
        int mDef,
        int runSpeed,
        int walkSpeed,
        int swimSpeed,
        int maxLoad,
        double collisionRadius,
        double collisionHeight) {}
