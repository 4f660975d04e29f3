package org.aden.login.network.server;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** GGAuth (0x0B), 21 bytes, login.md §4.3: REF answers with the session id. */
public record GGAuth(int response) implements ServerPacket {
    @Override
    public void write(PacketWriter w) {
        w.writeC(0x0B).writeD(response).writeZeros(16);
    }
}
