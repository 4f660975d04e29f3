package org.aden.game.idfactory;

/** Hands out object ids (characters, items, later every world object) unique across restarts. */
public interface IdFactory {
    int nextId();
}
