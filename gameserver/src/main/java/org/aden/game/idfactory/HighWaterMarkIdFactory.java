package org.aden.game.idfactory;

import java.util.concurrent.atomic.AtomicInteger;
import org.aden.common.db.Database;
import org.aden.game.character.CharacterMapper;
import org.aden.game.item.ItemMapper;
import org.apache.ibatis.session.SqlSession;

/**
 * Counts up from the highest object id stored at start. Ids of deleted objects are not reused: the int
 * space above {@link #FIRST_ID} lasts for billions of objects, and never reusing rules out an old reference
 * (a log line, a client's cache) meeting a new object.
 */
public final class HighWaterMarkIdFactory implements IdFactory {
    /** Where ids start on an empty database (the range the client expects for world objects). */
    public static final int FIRST_ID = 0x10000000;

    private final AtomicInteger last;

    public HighWaterMarkIdFactory(int highWaterMark) {
        this.last = new AtomicInteger(Math.max(highWaterMark, FIRST_ID - 1));
    }

    /** Reads the high-water mark of every table that holds object ids. */
    public static HighWaterMarkIdFactory fromDatabase(Database db) {
        try (SqlSession s = db.sqlSessionFactory().openSession()) {
            int max = Math.max(
                    orZero(s.getMapper(CharacterMapper.class).maxObjectId()),
                    orZero(s.getMapper(ItemMapper.class).maxObjectId()));
            return new HighWaterMarkIdFactory(max);
        }
    }

    private static int orZero(Integer v) {
        return v == null ? 0 : v;
    }

    @Override
    public int nextId() {
        int id = last.incrementAndGet();
        if (id <= 0) {
            throw new IllegalStateException("object id space exhausted");
        }
        return id;
    }
}
