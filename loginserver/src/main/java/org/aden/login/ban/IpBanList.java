package org.aden.login.ban;

import java.net.InetAddress;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The IP bans, loaded from the database and swapped in whole on {@link #reload()} (periodically, and whenever an
 * operator asks). Lookups are lock-free against an immutable snapshot.
 */
public final class IpBanList {
    private static final Logger LOG = LogManager.getLogger(IpBanList.class);

    private record Entry(IpRange range, IpBan ban) {}

    private final SqlSessionFactory db;
    private final InstantSource clock;
    private volatile List<Entry> entries = List.of();

    public IpBanList(SqlSessionFactory db, InstantSource clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Re-reads the table; on a database error the previous list stays in force. */
    public void reload() {
        List<IpBan> rows;
        try (SqlSession s = db.openSession(true)) {
            rows = s.getMapper(IpBanMapper.class).list();
        } catch (RuntimeException e) {
            LOG.warn("IP ban reload failed, keeping {} loaded bans: {}", entries.size(), e.getMessage());
            return;
        }
        List<Entry> next = new ArrayList<>();
        for (IpBan b : rows) {
            try {
                next.add(new Entry(IpRange.parse(b.address()), b));
            } catch (IllegalArgumentException e) {
                LOG.warn("Ignoring IP ban row '{}': {}", b.address(), e.getMessage());
            }
        }
        int before = entries.size();
        entries = List.copyOf(next);
        if (before != next.size()) {
            LOG.info("IP bans loaded: {}", next.size());
        }
    }

    /** The active ban covering {@code address}, if any. */
    public Optional<IpBan> find(InetAddress address) {
        var now = clock.instant();
        for (Entry e : entries) {
            if ((e.ban().expiresAt() == null || e.ban().expiresAt().isAfter(now))
                    && e.range().contains(address)) {
                return Optional.of(e.ban());
            }
        }
        return Optional.empty();
    }
}
