package org.aden.game.network;

/**
 * Acts on one decoded client packet. Called on the connection's MINA I/O thread, in arrival order, only
 * when the packet is allowed in the connection's current state. It must not block and must not touch world
 * state: it enqueues a command for the world thread, or hands database work to
 * {@link GameClient#execute(Runnable)} (the connection's serial task queue on virtual threads).
 */
@FunctionalInterface
public interface PacketHandler<P> {
    void handle(GameClient client, P packet);
}
