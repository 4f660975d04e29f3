package org.aden.game.auth;

import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import org.aden.common.link.SessionKey;

/**
 * What the lobby needs from the login server: confirm a client's session keys (each key works once) and
 * hear who is playing here. Implemented over the link ({@link LinkLoginGateway}).
 */
public interface LoginGateway {
    /** Completes with true only when the login server confirms the keys; never exceptionally. */
    CompletableFuture<Boolean> verify(String account, SessionKey key);

    /**
     * The same, with the account's access level when confirmed (empty when refused); its characters inherit it.
     * Default: {@link #verify} with level 0.
     */
    default CompletableFuture<OptionalInt> verifyAccess(String account, SessionKey key) {
        return verify(account, key).thenApply(ok -> ok ? OptionalInt.of(0) : OptionalInt.empty());
    }

    /** Asks the login server to ban an account (null duration: permanent); false when it cannot be reached. */
    default boolean ban(String account, java.time.Duration duration, String reason, String by) {
        return false;
    }

    void playerEntered(String account);

    void playerLeft(String account);
}
