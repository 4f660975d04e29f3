package org.aden.game.script.api;

/** What a script may read about a player. A snapshot view: valid for the call it was handed to. */
public interface PlayerView {
    String name();

    String account();

    int level();

    int classId();

    /** The character's race: {@link #HUMAN}, {@link #ELF}, {@link #DARK_ELF}, {@link #ORC} or {@link #DWARF}. */
    int race();

    int HUMAN = 0;
    int ELF = 1;
    int DARK_ELF = 2;
    int ORC = 3;
    int DWARF = 4;

    int accessLevel();

    int x();

    int y();

    int z();

    /** False while the character lingers in the world after its connection dropped. */
    boolean isConnected();
}
