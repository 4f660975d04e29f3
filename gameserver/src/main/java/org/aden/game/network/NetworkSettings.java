package org.aden.game.network;

import java.time.Duration;

/**
 * Listener and flood-control settings of the game network layer.
 *
 * @param maxConnectionsPerIp open connections allowed from one address (0 = unlimited)
 * @param packetsPerSecond sustained client packet rate allowed per connection
 * @param packetBurst packets a connection may send at once above the sustained rate
 * @param violationLimit bad packets (out of state, malformed, over the rate) within {@code violationWindow}
 *     that close the connection
 * @param maxPacketSize largest client packet body accepted; larger frames close the connection
 * @param loginTimeout how long a connection may stay before the lobby (no AuthLogin answered) in silence
 */
public record NetworkSettings(
        String host,
        int port,
        int maxConnectionsPerIp,
        int packetsPerSecond,
        int packetBurst,
        int violationLimit,
        Duration violationWindow,
        int maxPacketSize,
        Duration loginTimeout) {

    public static NetworkSettings defaults(int port) {
        return new NetworkSettings(
                "0.0.0.0", port, 10, 100, 300, 20, Duration.ofMinutes(1), 16 * 1024, Duration.ofMinutes(2));
    }
}
