package org.aden.game.learn;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.aden.game.item.ItemChange;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Writes skill rows nothing was paid for (a level-up's automatic skills) in their own transaction on the persistence
 * executor. A failure is logged; the skills come again at the next level-up or class change (the tree grants what
 * is missing), so nothing is retried here.
 */
public final class DirectSkillWrites implements Consumer<ItemChange.AlsoWrite> {
    private static final Logger LOG = LogManager.getLogger(DirectSkillWrites.class);
    private final SqlSessionFactory sessions;
    private final Executor executor;

    public DirectSkillWrites(SqlSessionFactory sessions, Executor executor) {
        this.sessions = sessions;
        this.executor = executor;
    }

    @Override
    public void accept(ItemChange.AlsoWrite write) {
        executor.execute(() -> {
            try (SqlSession s = sessions.openSession(false)) {
                write.write(s);
                s.commit();
            } catch (RuntimeException e) {
                LOG.warn("Automatic skills not saved: {}", e.toString());
            }
        });
    }
}
