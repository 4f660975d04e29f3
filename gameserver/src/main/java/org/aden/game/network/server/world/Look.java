package org.aden.game.network.server.world;

/** How a character looks, as CharInfo and UserInfo write it. */
public record Look(int race, int sex, int baseClassId, int hairStyle, int hairColor, int face) {}
