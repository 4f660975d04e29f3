package org.aden.game.network;

import java.time.Duration;
import org.aden.common.net.ConnectionGate;

/**
 * Listener and flood-control settings of the game network layer.
 *
 * @param admission who may open a connection: new ones per second and open ones per address, open ones per subnet,
 *     open ones in all (0 = unlimited); the same rules as the login server's
 * @param packetsPerSecond sustained client packet rate allowed per connection
 * @param packetBurst packets a connection may send at once above the sustained rate
 * @param violationLimit bad packets (out of state, malformed, over the rate) within {@code violationWindow}
 *     that close the connection
 * @param maxPacketSize largest client packet body accepted; larger frames close the connection
 * @param loginTimeout how long a connection may stay before the lobby (no AuthLogin answered) in silence
 * @param handshakeTimeout how long after connecting a connection must be authenticated (at the character
 *     screen), whatever it sends meanwhile: a byte now and then resets an idle timer but not this
 * @param lobbyTimeout how long after connecting a connection must be in the world (EnterWorld)
 */
public record NetworkSettings(
        String host,
        int port,
        ConnectionGate.Limits admission,
        int packetsPerSecond,
        int packetBurst,
        int violationLimit,
        Duration violationWindow,
        int maxPacketSize,
        Duration loginTimeout,
        Duration handshakeTimeout,
        Duration lobbyTimeout) {

    public static NetworkSettings defaults(int port) {
        return new NetworkSettings(
                "0.0.0.0",
                port,
                new ConnectionGate.Limits(20, 10, 100, 6000),
                100,
                300,
                20,
                Duration.ofMinutes(1),
                16 * 1024,
                Duration.ofMinutes(2),
                Duration.ofSeconds(20),
                Duration.ofMinutes(15));
    }

    /** The same settings with other handshake deadlines (tests). */
    public NetworkSettings withDeadlines(Duration handshake, Duration lobby) {
        return new NetworkSettings(
                host,
                port,
                admission,
                packetsPerSecond,
                packetBurst,
                violationLimit,
                violationWindow,
                maxPacketSize,
                loginTimeout,
                handshake,
                lobby);
    }
}
