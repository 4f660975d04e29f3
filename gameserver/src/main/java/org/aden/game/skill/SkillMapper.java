package org.aden.game.skill;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** aden_game.character_skills; SQL in SkillMapper.xml. */
public interface SkillMapper {
    void insert(SkillData skill);

    List<SkillData> findByCharacter(@Param("characterId") int characterId);
}
