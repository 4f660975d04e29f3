package org.aden.login.account;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Accounts: authentication (with optional auto-creation), and the operations the CLI offers. Blocking (bcrypt and
 * database): never call it on an I/O thread.
 */
public final class AccountService {
    private static final Logger LOG = LogManager.getLogger(AccountService.class);

    private final SqlSessionFactory db;
    private final PasswordHasher hasher;
    private final InstantSource clock;
    private final boolean autoCreate;

    public AccountService(SqlSessionFactory db, PasswordHasher hasher, InstantSource clock, boolean autoCreate) {
        this.db = db;
        this.hasher = hasher;
        this.clock = clock;
        this.autoCreate = autoCreate;
    }

    /** Checks credentials; on success records the login time and address. */
    public AuthResult authenticate(String rawLogin, String password, String ip) {
        return authenticate(rawLogin, password, ip, () -> true);
    }

    /**
     * As {@link #authenticate(String, String, String)}; {@code stillWanted} is asked before an account is created
     * on first login, so that a client that left while the database was slow gets no account it never saw.
     */
    public AuthResult authenticate(
            String rawLogin, String password, String ip, java.util.function.BooleanSupplier stillWanted) {
        String login = LoginNames.normalize(rawLogin);
        if (login == null || password.isEmpty()) {
            hasher.burn(password);
            return new AuthResult.WrongCredentials(false);
        }
        try (SqlSession s = db.openSession(true)) {
            AccountMapper m = s.getMapper(AccountMapper.class);
            Account account = m.find(login);
            boolean created = false;
            if (account == null) {
                if (!autoCreate || !LoginNames.acceptablePassword(password) || !stillWanted.getAsBoolean()) {
                    hasher.burn(password);
                    return new AuthResult.WrongCredentials(false);
                }
                Instant now = clock.instant();
                Account fresh = new Account(login, hasher.hash(password), 0, now, null, null, 0);
                if (m.insert(fresh) == 1) {
                    LOG.info("Account {} created on first login from {}", login, ip);
                    account = fresh;
                    created = true;
                } else {
                    account = m.find(login); // created concurrently by another connection: verify against it
                }
            }
            if (!created && !hasher.verify(password, account.passwordHash())) {
                return new AuthResult.WrongCredentials(true);
            }
            if (!created && PasswordHasher.isLegacy(account.passwordHash())) {
                m.updatePassword(login, hasher.hash(password)); // imported SHA-1 hash: upgraded once, now
                LOG.info("Account {}: imported SHA-1 password hash replaced by bcrypt", login);
            }
            Optional<AccountBan> ban = activeBan(m, account);
            if (ban.isPresent()) {
                return new AuthResult.Banned(ban.get());
            }
            m.updateLastLogin(login, clock.instant(), ip);
            return new AuthResult.Success(account, created);
        }
    }

    private Optional<AccountBan> activeBan(AccountMapper m, Account account) {
        if (account.accessLevel() < 0) { // the classic L2 way of banning: still honoured
            return Optional.of(new AccountBan(
                    account.login(), "access level " + account.accessLevel(), null, account.createdAt()));
        }
        AccountBan ban = m.findBan(account.login());
        return ban != null && ban.activeAt(clock.instant()) ? Optional.of(ban) : Optional.empty();
    }

    public void recordLastServer(String login, int serverId) {
        try (SqlSession s = db.openSession(true)) {
            s.getMapper(AccountMapper.class).updateLastServer(login, serverId);
        }
    }

    // ---- operator operations (CLI) ----

    /** Creates an account; false if the name is taken. Throws IllegalArgumentException for an invalid name/password. */
    public boolean create(String rawLogin, String password, int accessLevel) {
        String login = requireName(rawLogin);
        requirePassword(password);
        try (SqlSession s = db.openSession(true)) {
            return s.getMapper(AccountMapper.class)
                            .insert(new Account(
                                    login, hasher.hash(password), accessLevel, clock.instant(), null, null, 0))
                    == 1;
        }
    }

    public boolean changePassword(String rawLogin, String password) {
        String login = requireName(rawLogin);
        requirePassword(password);
        try (SqlSession s = db.openSession(true)) {
            return s.getMapper(AccountMapper.class).updatePassword(login, hasher.hash(password)) == 1;
        }
    }

    public boolean setAccessLevel(String rawLogin, int level) {
        try (SqlSession s = db.openSession(true)) {
            return s.getMapper(AccountMapper.class).updateAccessLevel(requireName(rawLogin), level) == 1;
        }
    }

    /** Bans an existing account ({@code expiresAt} null = permanent); false if there is no such account. */
    public boolean ban(String rawLogin, String reason, Instant expiresAt) {
        String login = requireName(rawLogin);
        try (SqlSession s = db.openSession(true)) {
            AccountMapper m = s.getMapper(AccountMapper.class);
            if (m.find(login) == null) {
                return false;
            }
            m.upsertBan(new AccountBan(login, reason, expiresAt, clock.instant()));
            return true;
        }
    }

    public boolean unban(String rawLogin) {
        try (SqlSession s = db.openSession(true)) {
            return s.getMapper(AccountMapper.class).deleteBan(requireName(rawLogin)) == 1;
        }
    }

    public Optional<Account> find(String rawLogin) {
        try (SqlSession s = db.openSession(true)) {
            return Optional.ofNullable(s.getMapper(AccountMapper.class).find(requireName(rawLogin)));
        }
    }

    public Optional<AccountBan> findBan(String rawLogin) {
        try (SqlSession s = db.openSession(true)) {
            return Optional.ofNullable(s.getMapper(AccountMapper.class).findBan(requireName(rawLogin)));
        }
    }

    /** The standing of each existing account among {@code logins} (for kicking banned players out of the game). */
    public List<AccountStanding> standings(java.util.Collection<String> logins) {
        if (logins.isEmpty()) {
            return List.of();
        }
        List<AccountStanding> all = new java.util.ArrayList<>();
        List<String> names = List.copyOf(logins);
        try (SqlSession s = db.openSession(true)) {
            AccountMapper m = s.getMapper(AccountMapper.class);
            for (int i = 0; i < names.size(); i += 500) {
                all.addAll(m.standings(names.subList(i, Math.min(names.size(), i + 500))));
            }
        }
        return all;
    }

    /** The account's access level, 0 if there is no such account. */
    public int accessLevel(String rawLogin) {
        String login = LoginNames.normalize(rawLogin);
        if (login == null) {
            return 0;
        }
        try (SqlSession s = db.openSession(true)) {
            Account a = s.getMapper(AccountMapper.class).find(login);
            return a == null ? 0 : a.accessLevel();
        }
    }

    public List<Account> list(int offset, int limit) {
        try (SqlSession s = db.openSession(true)) {
            return s.getMapper(AccountMapper.class).list(offset, limit);
        }
    }

    private static String requireName(String rawLogin) {
        String login = LoginNames.normalize(rawLogin);
        if (login == null) {
            throw new IllegalArgumentException("login must be 2-14 letters, digits or '_': " + rawLogin);
        }
        return login;
    }

    private static void requirePassword(String password) {
        if (!LoginNames.acceptablePassword(password)) {
            throw new IllegalArgumentException("password must be " + LoginNames.MIN_PASSWORD + "-"
                    + LoginNames.MAX_PASSWORD + " printable ASCII characters without spaces");
        }
    }
}
