package org.aden.game.world;

/** What a character looks like; fixed at creation. */
public record Appearance(int race, int sex, int baseClassId, int hairStyle, int hairColor, int face) {}
