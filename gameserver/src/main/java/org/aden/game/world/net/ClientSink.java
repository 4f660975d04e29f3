package org.aden.game.world.net;

import org.aden.game.network.GameClient;
import org.aden.game.world.PacketSink;

/**
 * The world's view of a game connection. Bodies are handed to the outbound thread, which copies each shared
 * body before encrypting it for this connection.
 */
record ClientSink(GameClient client, Outbound out) implements PacketSink {
    @Override
    public void send(byte[] body) {
        out.enqueue(() -> client.sendShared(body));
    }

    @Override
    public void close() {
        out.enqueue(client::closeOnFlush);
    }
}
