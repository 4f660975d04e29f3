package org.aden.game.network.client.lobby;

import org.aden.common.net.PacketReader;

/** C→S 0x62: {@code d} slot whose pending deletion is cancelled. */
public record CharacterRestore(int slot) {
    public static final int OPCODE = 0x62;

    public static CharacterRestore read(PacketReader r) {
        return new CharacterRestore(r.readD());
    }
}
