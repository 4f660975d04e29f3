package org.aden.game.teleport;

/** A teleport destination of datapack/teleports: where to, and its price in an item (57 = Adena). */
public record Destination(int id, String name, int x, int y, int z, long price, int itemId, boolean noble) {}
