package org.aden.game.world;

/** A learned skill as shown in the skill window. */
public record SkillEntry(int skillId, int level, boolean passive) {}
