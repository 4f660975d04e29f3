package org.aden.login.network.client;

import org.aden.common.net.PacketReader;

/** RequestServerList (0x05), login.md §4.6: echoes the LoginOk pair; trailing filler ignored. */
public record RequestServerList(int loginOk1, int loginOk2) {
    public static RequestServerList read(PacketReader r) {
        return new RequestServerList(r.readD(), r.readD());
    }
}
