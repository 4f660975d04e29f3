package org.aden.game.skill;

/** One learned skill as stored (a row of aden_game.character_skills). */
public record SkillData(int characterId, int skillId, int level) {}
