package org.aden.game.script.api;

/** What a script may read about a player. A snapshot view: valid for the call it was handed to. */
public interface PlayerView {
    String name();

    String account();

    int level();

    int classId();

    int accessLevel();

    int x();

    int y();

    int z();

    /** False while the character lingers in the world after its connection dropped. */
    boolean isConnected();
}
