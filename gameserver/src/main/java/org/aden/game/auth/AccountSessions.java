package org.aden.game.auth;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.aden.game.network.GameClient;
import org.aden.game.network.server.system.ServerClose;
import org.aden.game.network.server.system.SystemMessage;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Which connection holds each authenticated account. One account plays on one connection: a newer
 * verified login wins and the older connection is kicked (its player is saved by the normal disconnect path).
 */
public final class AccountSessions {
    private static final Logger LOG = LogManager.getLogger(AccountSessions.class);

    private final ConcurrentHashMap<String, GameClient> byAccount = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.LongAdder loginServerKicks = new java.util.concurrent.atomic.LongAdder();

    /** Connections kicked because the login server asked (a ban, a login elsewhere), since start. */
    public long loginServerKicks() {
        return loginServerKicks.sum();
    }

    /** Makes {@code client} the account's connection; an older one is kicked. */
    public void claim(String account, GameClient client) {
        GameClient older = byAccount.put(account, client);
        if (older != null && older != client) {
            LOG.info(
                    "account {} logged in again from {}: kicking the older connection {}",
                    account,
                    client.address(),
                    older);
            kick(older);
        }
    }

    /** Forgets the account if {@code client} still holds it; true when it did (the account left the server). */
    public boolean release(String account, GameClient client) {
        return byAccount.remove(account, client);
    }

    /** Kicks whoever holds the account (the login server asked, e.g. the account logged in elsewhere). */
    public void kick(String account) {
        kick(account, "");
    }

    /** The same, telling the player why first (e.g. "Your account is banned until ..."), when there is a reason. */
    public void kick(String account, String reason) {
        GameClient c = byAccount.get(account);
        if (c != null) {
            if (reason.isEmpty()) {
                LOG.info("kicking account {} on request of the login server", account);
            } else {
                LOG.info("kicking account {} on request of the login server: {}", account, reason);
                c.send(SystemMessage.text(SystemMessage.FREE_TEXT, reason));
            }
            loginServerKicks.increment();
            kick(c);
        }
    }

    public GameClient get(String account) {
        return byAccount.get(account);
    }

    public int size() {
        return byAccount.size();
    }

    public void forEach(Consumer<GameClient> action) {
        byAccount.values().forEach(action);
    }

    private static void kick(GameClient c) {
        c.sendAndClose(new ServerClose());
    }
}
