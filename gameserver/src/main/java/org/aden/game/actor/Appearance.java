package org.aden.game.actor;

/** What a character looks like; fixed at creation. */
public record Appearance(int race, int sex, int baseClassId, int hairStyle, int hairColor, int face) {}
