package org.aden.game.skill;

/** A learned skill as shown in the skill window. */
public record SkillEntry(int skillId, int level, boolean passive) {}
