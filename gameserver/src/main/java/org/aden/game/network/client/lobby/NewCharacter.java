package org.aden.game.network.client.lobby;

import org.aden.common.net.PacketReader;

/** C→S 0x0E: opcode only; asks for the creation templates. */
public record NewCharacter() {
    public static final int OPCODE = 0x0E;
    private static final NewCharacter INSTANCE = new NewCharacter();

    public static NewCharacter read(PacketReader r) {
        return INSTANCE;
    }
}
