package org.aden.login.network.client;

import org.aden.common.net.PacketReader;

/** RequestServerLogin (0x02), login.md §4.8: the LoginOk pair and the chosen server id; filler ignored. */
public record RequestServerLogin(int loginOk1, int loginOk2, int serverId) {
    public static RequestServerLogin read(PacketReader r) {
        return new RequestServerLogin(r.readD(), r.readD(), r.readC());
    }
}
