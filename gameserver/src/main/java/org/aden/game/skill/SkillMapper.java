package org.aden.game.skill;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** aden_game.character_skills (and the character columns a lesson or a class change writes with it). */
public interface SkillMapper {
    void insert(SkillData skill);

    /** A learnt skill level; a higher level already stored stays. */
    void upsert(SkillData skill);

    void updateSp(@Param("characterId") int characterId, @Param("sp") int sp);

    void updateClass(@Param("characterId") int characterId, @Param("classId") int classId);

    List<SkillData> findByCharacter(@Param("characterId") int characterId);
}
