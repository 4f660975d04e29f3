package org.aden.login.network.server;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** AccountKicked (0x02), 5 bytes, login.md §4.12. */
public record AccountKicked(AccountKickedReason reason) implements ServerPacket {
    @Override
    public void write(PacketWriter w) {
        w.writeC(0x02).writeD(reason.code());
    }
}
