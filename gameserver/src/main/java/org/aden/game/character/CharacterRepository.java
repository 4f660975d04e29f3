package org.aden.game.character;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aden.common.db.Database;
import org.aden.common.db.DatabaseHealth;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemMapper;
import org.aden.game.quest.DbQuestStore;
import org.aden.game.skill.SkillData;
import org.aden.game.skill.SkillMapper;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Characters and what they own, slice by slice through their mappers. Every method blocks on the database:
 * call it from the persistence executor (virtual threads), never from an I/O or the world thread.
 */
public final class CharacterRepository {
    private final SqlSessionFactory sessions;
    private final DatabaseHealth health;

    public CharacterRepository(Database db) {
        this.sessions = db.sqlSessionFactory();
        this.health = db.health();
    }

    /** Whether the database answers (callers refuse at once while it does not). */
    public DatabaseHealth health() {
        return health;
    }

    public List<CharacterListEntry> listForAccount(String account) {
        try (SqlSession s = sessions.openSession()) {
            List<CharacterData> chars = s.getMapper(CharacterMapper.class).findByAccount(account);
            if (chars.isEmpty()) {
                return List.of();
            }
            Map<Integer, List<ItemData>> equipped = new HashMap<>();
            for (ItemData i : s.getMapper(ItemMapper.class)
                    .findEquippedByOwners(
                            chars.stream().map(CharacterData::objectId).toList())) {
                equipped.computeIfAbsent(i.ownerId(), k -> new ArrayList<>()).add(i);
            }
            return chars.stream()
                    .map(c -> new CharacterListEntry(c, equipped.getOrDefault(c.objectId(), List.of())))
                    .toList();
        }
    }

    public int countForAccount(String account) {
        try (SqlSession s = sessions.openSession()) {
            return s.getMapper(CharacterMapper.class).countByAccount(account);
        }
    }

    public boolean nameExists(String name) {
        try (SqlSession s = sessions.openSession()) {
            return s.getMapper(CharacterMapper.class).nameExists(name);
        }
    }

    /** Writes a new character with its items and skills in one transaction. */
    public void create(CharacterData character, List<ItemData> items, List<SkillData> skills) {
        try (SqlSession s = sessions.openSession(false)) {
            s.getMapper(CharacterMapper.class).insert(character);
            ItemMapper im = s.getMapper(ItemMapper.class);
            items.forEach(im::insert);
            SkillMapper sm = s.getMapper(SkillMapper.class);
            skills.forEach(sm::insert);
            s.commit();
        } catch (PersistenceException e) {
            if (isDuplicateName(e)) {
                throw new NameTakenException(character.name());
            }
            throw e;
        }
    }

    /** The character row alone, or null. */
    public CharacterData find(int objectId) {
        try (SqlSession s = sessions.openSession()) {
            return s.getMapper(CharacterMapper.class).findById(objectId);
        }
    }

    public CharacterSnapshot load(int objectId) {
        try (SqlSession s = sessions.openSession()) {
            CharacterData c = s.getMapper(CharacterMapper.class).findById(objectId);
            if (c == null) {
                return null;
            }
            return new CharacterSnapshot(
                    c,
                    s.getMapper(ItemMapper.class).findByOwner(objectId),
                    s.getMapper(SkillMapper.class).findByCharacter(objectId),
                    DbQuestStore.load(s, objectId));
        }
    }

    public void setDeleteTime(int objectId, long deleteTime) {
        try (SqlSession s = sessions.openSession(true)) {
            s.getMapper(CharacterMapper.class).updateDeleteTime(objectId, deleteTime);
        }
    }

    public void setLastAccess(int objectId, long lastAccess) {
        try (SqlSession s = sessions.openSession(true)) {
            s.getMapper(CharacterMapper.class).updateLastAccess(objectId, lastAccess);
        }
    }

    /** Removes the character and everything it owns in one transaction. */
    public void delete(int objectId) {
        try (SqlSession s = sessions.openSession(false)) {
            s.getMapper(ItemMapper.class).deleteByOwner(objectId);
            s.getMapper(CharacterMapper.class).delete(objectId); // skills follow by ON DELETE CASCADE
            s.commit();
        }
    }

    /** Deletes every character whose deletion timer ran out; returns how many. */
    public int purgeDeletionsDue(long now) {
        List<Integer> due;
        try (SqlSession s = sessions.openSession()) {
            due = s.getMapper(CharacterMapper.class).findDeletionsDue(now);
        }
        due.forEach(this::delete);
        return due.size();
    }

    private static boolean isDuplicateName(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException se
                    && "23000".equals(se.getSQLState())
                    && String.valueOf(se.getMessage()).contains("uk_characters_name")) {
                return true;
            }
        }
        return false;
    }
}
