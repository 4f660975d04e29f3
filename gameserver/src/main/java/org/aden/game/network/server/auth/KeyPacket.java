package org.aden.game.network.server.auth;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/**
 * S→C 0x00, always plaintext, REF's 23-byte form: result, K[0..7], encryption flag, server id, 1,
 * opcode-obfuscation key 0. Result 0 is the refusal of an unsupported protocol revision.
 */
public record KeyPacket(boolean accepted, byte[] key, boolean encrypted, int serverId) implements ServerPacket {
    public static final int OPCODE = 0x00;

    public KeyPacket {
        if (key.length != 8) {
            throw new IllegalArgumentException("KeyPacket carries the 8 random key bytes");
        }
        key = key.clone();
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE);
        w.writeC(accepted ? 1 : 0);
        w.writeB(key);
        w.writeD(encrypted ? 1 : 0);
        w.writeD(serverId);
        w.writeC(1);
        w.writeD(0);
    }
}
