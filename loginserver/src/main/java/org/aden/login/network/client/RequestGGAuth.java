package org.aden.login.network.client;

import org.aden.common.net.PacketReader;

/**
 * RequestGGAuth (0x07), login.md §4.2: the session id from Init. The GameGuard ints after it are not used, so unlike
 * REF (which ignores the packet without them) only the session id is required.
 */
public record RequestGGAuth(int sessionId) {
    public static RequestGGAuth read(PacketReader r) {
        return new RequestGGAuth(r.readD());
    }
}
