package org.aden.login.account;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Accounts and account bans in aden_login; SQL in AccountMapper.xml. */
public interface AccountMapper {
    Account find(@Param("login") String login);

    /** Inserts unless the login exists; returns rows inserted (0 or 1). */
    int insert(Account account);

    int updatePassword(@Param("login") String login, @Param("passwordHash") String passwordHash);

    int updateAccessLevel(@Param("login") String login, @Param("accessLevel") int accessLevel);

    int updateLastLogin(@Param("login") String login, @Param("at") Instant at, @Param("ip") String ip);

    int updateLastServer(@Param("login") String login, @Param("serverId") int serverId);

    List<Account> list(@Param("offset") int offset, @Param("limit") int limit);

    AccountBan findBan(@Param("login") String login);

    /** Access level, last address and ban of each of {@code logins} that exists. */
    List<AccountStanding> standings(@Param("logins") java.util.Collection<String> logins);

    /** Creates or replaces the ban of an account. */
    int upsertBan(AccountBan ban);

    int deleteBan(@Param("login") String login);
}
