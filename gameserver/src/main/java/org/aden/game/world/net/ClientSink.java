package org.aden.game.world.net;

import org.aden.game.network.GameClient;
import org.aden.game.world.PacketSink;

/** The world's view of a game connection: shared bodies are copied by the client before encryption. */
record ClientSink(GameClient client) implements PacketSink {
    @Override
    public void send(byte[] body) {
        client.sendShared(body);
    }

    @Override
    public void close() {
        client.closeOnFlush();
    }
}
