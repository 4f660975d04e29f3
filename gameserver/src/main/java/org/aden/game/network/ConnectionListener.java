package org.aden.game.network;

/** Told when connections open and close (on the I/O thread: implementations must not block). */
public interface ConnectionListener {
    default void connected(GameClient client) {}

    void disconnected(GameClient client);
}
