package org.aden.game.network.server.world;

/** A character's derived values as CharInfo and UserInfo write them (copied in when the packet is built). */
public record Stats(
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
