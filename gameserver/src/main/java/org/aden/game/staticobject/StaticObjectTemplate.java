package org.aden.game.staticobject;

/**
 * A town map (type 0), throne or chair (1) or signboard (2) of {@code datapack/static-objects/}; a town map
 * carries its texture and the point shown on it. Immutable.
 */
public record StaticObjectTemplate(
        int id, String name, int type, int x, int y, int z, String texture, int mapX, int mapY) {}
