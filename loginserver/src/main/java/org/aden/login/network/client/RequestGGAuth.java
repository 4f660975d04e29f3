package org.aden.login.network.client;

import org.aden.common.net.PacketReader;

/** RequestGGAuth (0x07), login.md §4.2: the session id from Init; the GameGuard ints that follow are ignored. */
public record RequestGGAuth(int sessionId) {
    public static RequestGGAuth read(PacketReader r) {
        int sessionId = r.readD();
        r.skip(16); // GameGuard data: REF requires these 20 bytes to be present
        return new RequestGGAuth(sessionId);
    }
}
