package org.aden.game.script.api;

/** Looking players up by name. */
public interface Players {
    /** The player in the world with that name (case-insensitive), or null. */
    PlayerView find(String name);

    int online();
}
