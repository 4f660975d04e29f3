package org.aden.game.network.server.auth;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x14: {@code d} reason (game-handshake.md §5.2). */
public record LoginFail(int reason) implements ServerPacket {
    public static final int OPCODE = 0x14;
    /** "System error, log in later": what the client gets when the login server refuses its keys. */
    public static final int SYSTEM_ERROR = 1;

    public static final int ACCOUNT_IN_USE = 7;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(reason);
    }
}
