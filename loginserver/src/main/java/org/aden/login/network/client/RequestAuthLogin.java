package org.aden.login.network.client;

import org.aden.common.net.PacketReader;

/**
 * RequestAuthLogin (0x00), login.md §4.4: the 128-byte RSA block; the trailer after it (GG echo, filler) differs
 * between clients and is ignored, as REF does.
 */
public record RequestAuthLogin(byte[] rsaBlock) {
    public static final int BLOCK = 128;

    public RequestAuthLogin {
        rsaBlock = rsaBlock.clone();
    }

    public static RequestAuthLogin read(PacketReader r) {
        return new RequestAuthLogin(r.readB(BLOCK));
    }

    @Override
    public byte[] rsaBlock() {
        return rsaBlock.clone();
    }
}
