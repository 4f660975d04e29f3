package org.aden.game.auth;

import java.util.concurrent.CompletableFuture;
import org.aden.common.link.SessionKey;

/**
 * What the lobby needs from the login server: confirm a client's session keys (each key works once) and
 * hear who is playing here. Implemented over the link ({@link LinkLoginGateway}).
 */
public interface LoginGateway {
    /** Completes with true only when the login server confirms the keys; never exceptionally. */
    CompletableFuture<Boolean> verify(String account, SessionKey key);

    void playerEntered(String account);

    void playerLeft(String account);
}
