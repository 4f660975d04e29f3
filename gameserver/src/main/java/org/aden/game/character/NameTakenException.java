package org.aden.game.character;

/** Another character got the name first (the unique key caught a race between check and insert). */
public final class NameTakenException extends RuntimeException {
    public NameTakenException(String name) {
        super("character name taken: " + name, null, false, false);
    }
}
