package org.aden.game.character;

import org.aden.game.actor.PlayerState;

/** Writes what the world changes about a character (position, vitals, progress, access level). */
public interface PlayerStateMapper {
    int update(PlayerState state);
}
