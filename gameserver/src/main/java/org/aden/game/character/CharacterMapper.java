package org.aden.game.character;

import java.util.List;
import org.aden.game.actor.PlayerState;
import org.apache.ibatis.annotations.Param;

/** aden_game.characters; SQL in CharacterMapper.xml. */
public interface CharacterMapper {
    void insert(CharacterData character);

    CharacterData findById(@Param("objectId") int objectId);

    /** The account's characters in creation order (the selection screen's slot order). */
    List<CharacterData> findByAccount(@Param("account") String account);

    int countByAccount(@Param("account") String account);

    /** True when any character has this name, compared case-insensitively. */
    boolean nameExists(@Param("name") String name);

    int updateDeleteTime(@Param("objectId") int objectId, @Param("deleteTime") long deleteTime);

    int updateLastAccess(@Param("objectId") int objectId, @Param("lastAccess") long lastAccess);

    int delete(@Param("objectId") int objectId);

    /** Characters whose deletion timer ran out before {@code now} (epoch ms). */
    List<Integer> findDeletionsDue(@Param("now") long now);

    Integer maxObjectId();

    /** Writes what the world changes about a character (position, vitals, progress, access level). */
    int updateState(PlayerState state);
}
