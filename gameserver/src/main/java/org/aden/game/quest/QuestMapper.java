package org.aden.game.quest;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** aden_game.character_quests and character_quest_vars; SQL in QuestMapper.xml. */
public interface QuestMapper {
    /** Rows of one character: quest_name, quest_id, state, cond, and var_name/var_value (null without vars). */
    List<QuestRow> findByCharacter(@Param("characterId") int characterId);

    void upsert(
            @Param("characterId") int characterId,
            @Param("name") String name,
            @Param("questId") int questId,
            @Param("state") String state,
            @Param("cond") int cond);

    void deleteVars(@Param("characterId") int characterId, @Param("name") String name);

    void insertVar(
            @Param("characterId") int characterId,
            @Param("name") String name,
            @Param("var") String var,
            @Param("value") String value);

    void delete(@Param("characterId") int characterId, @Param("name") String name);

    /** One joined row of a quest and one of its variables. */
    record QuestRow(String name, Integer questId, String state, int cond, String varName, String varValue) {}
}
