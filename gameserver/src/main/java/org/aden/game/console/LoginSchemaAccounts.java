package org.aden.game.console;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.InstantSource;
import java.util.Optional;
import org.aden.common.db.DatabaseSettings;
import org.aden.common.text.AccountNames;

/**
 * Reads {@code aden_login.accounts} (and its bans) over a small read-only pool and checks the bcrypt hash with the
 * library the login server uses. Imported L2J hashes ({@code {sha1}...}) are refused here: the account logs in
 * once with the game client, which replaces it with bcrypt. An unknown account costs as much time as a wrong
 * password, so names cannot be probed by timing.
 */
public final class LoginSchemaAccounts implements ConsoleAccounts, AutoCloseable {
    private static final String DUMMY_HASH = BCrypt.withDefaults().hashToString(10, "no-such-account".toCharArray());

    /** bcrypt reads at most 72 bytes; a longer password is wrong rather than silently cut. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final HikariDataSource pool;
    private final InstantSource clock;

    public LoginSchemaAccounts(DatabaseSettings settings, InstantSource clock) {
        HikariConfig c = new HikariConfig();
        c.setPoolName("console-login-db");
        c.setJdbcUrl(settings.jdbcUrl());
        c.setUsername(settings.user());
        c.setPassword(settings.password());
        c.setMaximumPoolSize(2);
        c.setMinimumIdle(0);
        c.setReadOnly(true);
        c.setConnectionTimeout(5000);
        c.setInitializationFailTimeout(-1); // the console starts even if that database is down; logins say so
        this.pool = new HikariDataSource(c);
        this.clock = clock;
    }

    @Override
    public Optional<Account> check(String login, String password) throws UnavailableException {
        String name = AccountNames.normalize(login);
        byte[] pw = (password == null ? "" : password).getBytes(StandardCharsets.UTF_8);
        String hash = null;
        int level = 0;
        boolean banned = false;
        if (name != null && pw.length <= MAX_PASSWORD_BYTES) {
            try (Connection c = pool.getConnection();
                    PreparedStatement st = c.prepareStatement("SELECT a.password_hash, a.access_level, b.login AS"
                            + " banned, b.expires_at FROM accounts a LEFT JOIN account_bans b ON b.login = a.login"
                            + " WHERE a.login = ?")) {
                st.setString(1, name);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        hash = rs.getString("password_hash");
                        level = rs.getInt("access_level");
                        Timestamp expires = rs.getTimestamp("expires_at");
                        banned = rs.getString("banned") != null
                                && (expires == null || expires.toInstant().toEpochMilli() > clock.millis());
                    }
                }
            } catch (SQLException e) {
                throw new UnavailableException("the login database is not reachable: " + e.getMessage(), e);
            }
        }
        boolean bcrypt = hash != null && hash.startsWith("$2");
        boolean ok = BCrypt.verifyer()
                .verify(
                        pw.length <= MAX_PASSWORD_BYTES ? pw : new byte[0],
                        (bcrypt ? hash : DUMMY_HASH).getBytes(StandardCharsets.UTF_8))
                .verified;
        return ok && bcrypt && !banned && level >= 0 ? Optional.of(new Account(name, level)) : Optional.empty();
    }

    @Override
    public void close() {
        pool.close();
    }
}
