package org.aden.game.network.client.lobby;

import org.aden.common.net.PacketReader;

/** C→S 0x0C: {@code d} slot (0-based position in the last CharSelectionInfo). */
public record CharacterDelete(int slot) {
    public static final int OPCODE = 0x0C;

    public static CharacterDelete read(PacketReader r) {
        return new CharacterDelete(r.readD());
    }
}
