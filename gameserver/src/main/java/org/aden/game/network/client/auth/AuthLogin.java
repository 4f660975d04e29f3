package org.aden.game.network.client.auth;

import org.aden.common.net.PacketReader;

/**
 * C→S 0x08: account name, then the four session keys in wire order playOk2, playOk1, loginOk1, loginOk2
 * (a trailing int some clients add is ignored).
 */
public record AuthLogin(String account, int playOk2, int playOk1, int loginOk1, int loginOk2) {
    public static final int OPCODE = 0x08;
    /** Longest account name accepted: the login server's limit, so nothing longer ever reaches the link. */
    public static final int MAX_ACCOUNT = org.aden.common.text.AccountNames.MAX_LENGTH;

    public static AuthLogin read(PacketReader r) {
        String account = r.readS(MAX_ACCOUNT);
        return new AuthLogin(account, r.readD(), r.readD(), r.readD(), r.readD());
    }
}
