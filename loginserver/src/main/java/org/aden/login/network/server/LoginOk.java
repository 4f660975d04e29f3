package org.aden.login.network.server;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** LoginOk (0x03), 49 bytes, login.md §4.5. */
public record LoginOk(int loginOk1, int loginOk2) implements ServerPacket {
    @Override
    public void write(PacketWriter w) {
        w.writeC(0x03)
                .writeD(loginOk1)
                .writeD(loginOk2)
                .writeD(0)
                .writeD(0)
                .writeD(0x000003EA)
                .writeD(0)
                .writeD(0)
                .writeD(0)
                .writeZeros(16);
    }
}
