package org.aden.game.network.client.chat;

import org.aden.common.net.PacketReader;

/**
 * C→S 0x38: a chat line; the target name is present only for whispers (world-chat-npc.md §1). The original
 * client always sends it; the public TS test client omits it, so a whisper that ends after the type has a
 * null target (answered "not online") instead of being dropped as malformed.
 */
public record Say2(String text, int chatType, String targetName) {
    public static final int OPCODE = 0x38;
    public static final int WHISPER = 2;
    /** Generous bound on what we even decode; the chat service applies the real length limit. */
    private static final int MAX_DECODED_CHARS = 1024;

    public static Say2 read(PacketReader r) {
        String text = r.readS(MAX_DECODED_CHARS);
        int type = r.readD();
        String target = type == WHISPER && r.remaining() > 0 ? r.readS(64) : null;
        return new Say2(text, type, target);
    }
}
