package org.aden.login.network.server;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/**
 * LoginFail (0x01), login.md §4.10. The reason is written as a 4-byte int (ACIS) rather than REF's single byte:
 * a client reading one byte sees the same value, a client reading an int does not pick up padding garbage.
 */
public record LoginFail(LoginFailReason reason) implements ServerPacket {
    @Override
    public void write(PacketWriter w) {
        w.writeC(0x01).writeD(reason.code());
    }
}
