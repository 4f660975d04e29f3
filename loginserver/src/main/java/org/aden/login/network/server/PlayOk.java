package org.aden.login.network.server;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** PlayOk (0x07), 9 bytes, login.md §4.9. */
public record PlayOk(int playOk1, int playOk2) implements ServerPacket {
    @Override
    public void write(PacketWriter w) {
        w.writeC(0x07).writeD(playOk1).writeD(playOk2);
    }
}
