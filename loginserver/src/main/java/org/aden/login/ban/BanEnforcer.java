package org.aden.login.ban;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.aden.login.account.AccountBan;
import org.aden.login.account.AccountService;
import org.aden.login.account.AccountStanding;
import org.aden.login.gameserver.GameServerRegistry;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Keeps banned players out of the game, wherever the ban comes from: the CLI or SQL (seen by {@link #sweep()},
 * which runs every login.bans.check-interval), or an administrator in game ({@link #ban}, at once). A banned
 * account or an account whose last login came from a banned address is kicked through the link with the reason
 * shown to the player, and the kick is logged.
 */
public final class BanEnforcer {
    private static final Logger LOG = LogManager.getLogger(BanEnforcer.class);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    /** A kicked account is not asked for again this soon: the game server needs a moment to report it gone. */
    private static final Duration RE_KICK = Duration.ofSeconds(30);

    private final AccountService accounts;
    private final IpBanList ipBans;
    private final GameServerRegistry servers;
    private final InstantSource clock;
    private final Map<String, Instant> kicked = new ConcurrentHashMap<>();

    public BanEnforcer(AccountService accounts, IpBanList ipBans, GameServerRegistry servers, InstantSource clock) {
        this.accounts = accounts;
        this.ipBans = ipBans;
        this.servers = servers;
        this.clock = clock;
    }

    /** Re-reads IP bans, then kicks every account in game that is banned now. Never throws. */
    public void sweep() {
        try {
            ipBans.reload();
            Set<String> inGame = new HashSet<>();
            servers.all().forEach(gs -> inGame.addAll(gs.accounts()));
            Instant now = clock.instant();
            kicked.values().removeIf(t -> t.isBefore(now.minus(RE_KICK)));
            inGame.removeAll(kicked.keySet());
            for (AccountStanding s : accounts.standings(inGame)) {
                enforce(s, now);
            }
        } catch (RuntimeException e) {
            LOG.warn("Ban check failed (retrying at the next interval): {}", e.getMessage());
        }
    }

    /** An administrator's ban from the game: stored, logged, and the account kicked at once. */
    public boolean ban(String account, Instant expiresAt, String reason, String by) {
        if (!accounts.ban(account, reason, expiresAt)) {
            LOG.info("{} tried to ban account {}: no such account", by, account);
            return false;
        }
        LOG.info(
                "Account {} banned {} by {}{}",
                account,
                expiresAt == null ? "permanently" : "until " + WHEN.format(expiresAt),
                by,
                reason.isEmpty() ? "" : " (" + reason + ")");
        kicked.remove(account);
        accounts.standings(Set.of(account)).forEach(s -> enforce(s, clock.instant()));
        return true;
    }

    private void enforce(AccountStanding s, Instant now) {
        AccountBan ban = s.activeBan(now);
        if (ban != null) {
            String text = "Your account is banned " + until(ban.expiresAt()) + reasonOf(ban.reason());
            if (servers.kick(s.login(), text, "account banned " + until(ban.expiresAt()) + reasonOf(ban.reason()))) {
                kicked.put(s.login(), now);
            }
            return;
        }
        Optional<IpBan> ipBan = addressOf(s.lastIp()).flatMap(ipBans::find);
        if (ipBan.isPresent()) {
            IpBan b = ipBan.get();
            String text = "Your address is banned " + until(b.expiresAt()) + reasonOf(b.reason());
            if (servers.kick(
                    s.login(),
                    text,
                    "address " + s.lastIp() + " banned by " + b.address() + " " + until(b.expiresAt())
                            + reasonOf(b.reason()))) {
                kicked.put(s.login(), now);
            }
        }
    }

    private static String until(Instant expiresAt) {
        return expiresAt == null ? "permanently" : "until " + WHEN.format(expiresAt);
    }

    private static String reasonOf(String reason) {
        return reason == null || reason.isBlank() ? "" : ": " + reason;
    }

    private static Optional<InetAddress> addressOf(String ip) {
        if (ip == null || ip.isEmpty() || !ip.matches("[0-9A-Fa-f:.]+")) {
            return Optional.empty(); // never a DNS lookup
        }
        try {
            return Optional.of(InetAddress.getByName(ip));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
