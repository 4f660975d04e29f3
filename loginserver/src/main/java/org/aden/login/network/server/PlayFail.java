package org.aden.login.network.server;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** PlayFail (0x06), login.md §4.11; reason as a 4-byte int, readable as a byte (REF) and as an int (TS). */
public record PlayFail(PlayFailReason reason) implements ServerPacket {
    @Override
    public void write(PacketWriter w) {
        w.writeC(0x06).writeD(reason.code());
    }
}
