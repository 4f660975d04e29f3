package org.aden.game.network.client.world;

import org.aden.common.net.PacketReader;

/** C→S 0xCF: asks for a full resync of what the player sees. Empty body. */
public record RequestRecordInfo() {
    public static final int OPCODE = 0xCF;
    private static final RequestRecordInfo INSTANCE = new RequestRecordInfo();

    public static RequestRecordInfo read(PacketReader r) {
        return INSTANCE;
    }
}
