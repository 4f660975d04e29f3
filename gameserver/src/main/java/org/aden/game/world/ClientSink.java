package org.aden.game.world;

import org.aden.game.actor.PacketSink;
import org.aden.game.network.GameClient;

/**
 * The world's view of a game connection. Bodies are handed to the outbound thread, which copies each shared
 * body before encrypting it for this connection.
 */
public record ClientSink(GameClient client, Outbound out) implements PacketSink {
    @Override
    public void send(byte[] body) {
        out.send(client, body);
    }

    @Override
    public void close() {
        out.enqueue(client::closeOnFlush);
    }
}
