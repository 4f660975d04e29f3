package org.aden.game.auth;

import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.aden.common.link.LoginLinkClient;
import org.aden.common.link.SessionKey;

/**
 * {@link LoginGateway} over the login link. The link is supplied lazily because it is built after the game
 * port is bound (it advertises the bound port).
 */
public final class LinkLoginGateway implements LoginGateway {
    private final Supplier<LoginLinkClient> link;

    public LinkLoginGateway(Supplier<LoginLinkClient> link) {
        this.link = link;
    }

    @Override
    public CompletableFuture<Boolean> verify(String account, SessionKey key) {
        LoginLinkClient l = link.get();
        return l == null ? CompletableFuture.completedFuture(false) : l.verifySession(account, key);
    }

    @Override
    public CompletableFuture<OptionalInt> verifyAccess(String account, SessionKey key) {
        LoginLinkClient l = link.get();
        return l == null ? CompletableFuture.completedFuture(OptionalInt.empty()) : l.verify(account, key);
    }

    @Override
    public boolean ban(String account, java.time.Duration duration, String reason, String by) {
        LoginLinkClient l = link.get();
        return l != null && l.banAccount(account, duration, reason, by);
    }

    @Override
    public void playerEntered(String account) {
        LoginLinkClient l = link.get();
        if (l != null) {
            l.playerEntered(account);
        }
    }

    @Override
    public void playerLeft(String account) {
        LoginLinkClient l = link.get();
        if (l != null) {
            l.playerLeft(account);
        }
    }
}
