package org.aden.game.network.client.auth;

import org.aden.common.net.PacketReader;

/** C→S 0x00, always plaintext: {@code d} protocol revision (746 for Interlude; −2 is a ping). */
public record ProtocolVersion(int revision) {
    public static final int OPCODE = 0x00;

    public static ProtocolVersion read(PacketReader r) {
        return new ProtocolVersion(r.readD());
    }
}
