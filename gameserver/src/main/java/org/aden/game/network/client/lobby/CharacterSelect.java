package org.aden.game.network.client.lobby;

import org.aden.common.net.PacketReader;

/** C→S 0x0D: {@code d} slot, then {@code h d d d} of unknown meaning (read only to check the length). */
public record CharacterSelect(int slot) {
    public static final int OPCODE = 0x0D;

    public static CharacterSelect read(PacketReader r) {
        int slot = r.readD();
        // the 14 trailing bytes carry nothing we use; clients that omit them are tolerated (REF reads lazily)
        return new CharacterSelect(slot);
    }
}
