package org.aden.game.lobby;

import org.aden.game.character.CharacterSnapshot;
import org.aden.game.network.GameClient;

/**
 * The hand-over between the lobby and the world, implemented by the world module (org.aden.game.world).
 *
 * The world's own packet handlers (IN_GAME) are registered by each game system at start-up.
 *
 * <ol>
 *   <li>CharacterSelect: the lobby loads the character off the I/O threads, stores it in
 *       the connection's {@code CharacterSnapshot} attachment, sends CharSelected and moves the connection to ENTERING.</li>
 *   <li>EnterWorld: the lobby moves the connection to IN_GAME and calls {@link #enterWorld} on the I/O thread.
 *       The world enqueues the player on its world thread and sends the entry burst (UserInfo, ItemList...).</li>
 *   <li>Leaving: the world's own Logout / RequestRestart handlers (IN_GAME) remove and save the player, then
 *       for a restart call {@link Lobby#returnToCharacterSelection(GameClient)}; a closed connection in IN_GAME
 *       reaches {@link #disconnected}.</li>
 * </ol>
 */
public interface WorldGateway {
    /** EnterWorld arrived; the connection is already IN_GAME. Runs on the I/O thread: must not block. */
    void enterWorld(GameClient client, CharacterSnapshot character);

    /** The connection closed while its player was in the world: remove and save the player. Must not block. */
    void disconnected(GameClient client);

    /** Saves every player and stops; called by GameServer.close() before the database closes. */
    default void shutdown() {}

    /** No world yet (tests of the lobby alone): EnterWorld is accepted and nothing else happens. */
    WorldGateway NONE = new WorldGateway() {
        @Override
        public void enterWorld(GameClient client, CharacterSnapshot character) {}

        @Override
        public void disconnected(GameClient client) {}
    };
}
