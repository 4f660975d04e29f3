package org.aden.login.ban;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** Operator operations on IP bans (the CLI); a running login server picks changes up on its next reload. */
public final class IpBanService {
    private final SqlSessionFactory db;
    private final InstantSource clock;

    public IpBanService(SqlSessionFactory db, InstantSource clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Adds or replaces a ban; the address is normalised ("10.1.2.3/8" is stored as "10.0.0.0/8"). */
    public String add(String address, String reason, Instant expiresAt) {
        IpRange range = IpRange.parse(address);
        boolean single = range.prefixLength() == range.network().length * 8;
        String canonical =
                single ? range.toString().substring(0, range.toString().indexOf('/')) : range.toString();
        try (SqlSession s = db.openSession(true)) {
            s.getMapper(IpBanMapper.class).upsert(new IpBan(canonical, reason, expiresAt, clock.instant()));
        }
        return canonical;
    }

    public boolean remove(String address) {
        String key = address.trim();
        try (SqlSession s = db.openSession(true)) {
            IpBanMapper m = s.getMapper(IpBanMapper.class);
            if (m.delete(key) == 1) {
                return true;
            }
            IpRange range = IpRange.parse(key);
            boolean single = range.prefixLength() == range.network().length * 8;
            String canonical =
                    single ? range.toString().substring(0, range.toString().indexOf('/')) : range.toString();
            return m.delete(canonical) == 1;
        }
    }

    public List<IpBan> list() {
        try (SqlSession s = db.openSession(true)) {
            return s.getMapper(IpBanMapper.class).list();
        }
    }
}
