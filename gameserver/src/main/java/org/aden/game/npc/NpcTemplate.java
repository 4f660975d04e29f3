package org.aden.game.npc;

/**
 * One NPC template of {@code datapack/npcs/}, as the schema gives it (absent attributes have the schema's
 * defaults; attributes without a default are 0 when absent). {@code displayId} is the client template shown.
 */
public record NpcTemplate(
        int id,
        int displayId,
        String name,
        String title,
        boolean serverSideName,
        boolean serverSideTitle,
        String type,
        int level,
        boolean attackable,
        boolean targetable,
        boolean aggressive,
        int aggroRange,
        double collisionRadius,
        double collisionHeight,
        int walkSpeed,
        int runSpeed,
        double hp,
        double mp) {}
