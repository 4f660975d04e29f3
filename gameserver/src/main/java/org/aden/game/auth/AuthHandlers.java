package org.aden.game.auth;

import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.auth.AuthLogin;
import org.aden.game.network.client.auth.ProtocolVersion;

/** The client packets of the CONNECTED state: protocol version, then the login server's session keys. */
public final class AuthHandlers {
    private AuthHandlers() {}

    public static void register(OpcodeTables tables, Handshake handshake) {
        tables.state(ConnectionState.CONNECTED)
                .on(ProtocolVersion.OPCODE, "ProtocolVersion", ProtocolVersion::read, handshake::onProtocolVersion)
                .on(AuthLogin.OPCODE, "AuthLogin", AuthLogin::read, handshake::onAuthLogin);
        // AUTHED: the login server is checking the keys; the client has nothing to say until it answers
    }
}
