package org.aden.game.network.server.lobby;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x1A: {@code d} reason. */
public record CharCreateFail(Reason reason) implements ServerPacket {
    public static final int OPCODE = 0x1A;

    /** The client's reason codes (game-handshake.md §5.6). */
    public enum Reason {
        CREATION_FAILED(0),
        TOO_MANY_CHARACTERS(1),
        NAME_ALREADY_EXISTS(2),
        NAME_TOO_LONG(3),
        INCORRECT_NAME(4),
        NOT_ALLOWED(5),
        CHOOSE_ANOTHER_SERVER(6);

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
