package org.aden.game.actor;

/**
 * A player's connection as the world sees it. The world hands over encoded packet bodies; the same
 * array may go to many sinks, so an implementation must not modify it (encrypt a copy).
 */
public interface PacketSink {
    void send(byte[] body);

    /** Closes the connection after the packets already sent have been flushed. */
    void close();

    PacketSink NONE = new PacketSink() {
        @Override
        public void send(byte[] body) {}

        @Override
        public void close() {}
    };
}
