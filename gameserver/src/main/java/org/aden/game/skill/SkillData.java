package org.aden.game.skill;

/** One learned skill: a row of aden_game.character_skills and an entry of a player's {@link SkillBook}. */
public record SkillData(int characterId, int skillId, int level) {}
