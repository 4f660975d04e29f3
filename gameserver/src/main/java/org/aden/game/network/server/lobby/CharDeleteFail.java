package org.aden.game.network.server.lobby;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x24: {@code d} reason. */
public record CharDeleteFail(Reason reason) implements ServerPacket {
    public static final int OPCODE = 0x24;

    public enum Reason {
        DELETION_FAILED(1),
        CLAN_MEMBER(2),
        CLAN_LEADER(3);

        private final int code;

        Reason(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(reason.code());
    }
}
