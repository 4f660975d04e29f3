package org.aden.game.network;

/**
 * Where a game connection stands; each state has its own opcode table ({@link OpcodeTables}).
 *
 * <ul>
 *   <li>{@code CONNECTED}: fresh socket. ProtocolVersion, then (once the revision was accepted) AuthLogin.</li>
 *   <li>{@code AUTHED}: AuthLogin received, the login server is checking the session keys; nothing else is
 *       accepted until it answers.</li>
 *   <li>{@code IN_LOBBY}: keys confirmed; character selection screen (create, delete, restore, select).</li>
 *   <li>{@code ENTERING}: CharSelected sent, the client is loading and will send EnterWorld.</li>
 *   <li>{@code IN_GAME}: the player is in the world; the world module's handlers apply.</li>
 * </ul>
 * RequestRestart goes back from {@code IN_GAME} (or {@code ENTERING}) to {@code IN_LOBBY}.
 */
public enum ConnectionState {
    CONNECTED,
    AUTHED,
    IN_LOBBY,
    ENTERING,
    IN_GAME
}
