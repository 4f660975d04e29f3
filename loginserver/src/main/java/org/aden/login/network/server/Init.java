package org.aden.login.network.server;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** Init (0x00), 170 bytes, login.md §4.1; the only packet sent under the static key (see LoginCrypt.encryptInit). */
public record Init(int sessionId, byte[] scrambledModulus, byte[] blowfishKey) implements ServerPacket {
    public static final int PROTOCOL_REVISION = 0x0000C621;

    public Init {
        if (scrambledModulus.length != 128 || blowfishKey.length != 16) {
            throw new IllegalArgumentException("Init needs a 128-byte modulus and a 16-byte key");
        }
        scrambledModulus = scrambledModulus.clone();
        blowfishKey = blowfishKey.clone();
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(0x00).writeD(sessionId).writeD(PROTOCOL_REVISION).writeB(scrambledModulus);
        // REF's four GameGuard constants; ACIS sends zeros here instead, so the client does not depend on them
        w.writeD(0x29DD954E).writeD(0x77C39CFC).writeD(0x97ADB620).writeD(0x07BDE0F7);
        w.writeB(blowfishKey).writeC(0x00);
    }
}
