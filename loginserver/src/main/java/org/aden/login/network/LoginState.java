package org.aden.login.network;

/** Where a login connection is in the handshake (login.md §6); each state accepts its own opcodes only. */
public enum LoginState {
    /** Init sent; waiting for RequestGGAuth. */
    CONNECTED,
    /** GGAuth sent; waiting for RequestAuthLogin. */
    AUTHED_GG,
    /** LoginOk sent; server list and server login allowed. */
    AUTHED_LOGIN,
    /** A final answer (PlayOk or a failure) was sent; nothing more is accepted. */
    DONE
}
