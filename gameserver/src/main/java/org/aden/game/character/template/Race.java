package org.aden.game.character.template;

/** The five Interlude races; {@link #id()} is the value the protocol carries. */
public enum Race {
    HUMAN(0),
    ELF(1),
    DARK_ELF(2),
    ORC(3),
    DWARF(4);

    private final int id;

    Race(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }
}
