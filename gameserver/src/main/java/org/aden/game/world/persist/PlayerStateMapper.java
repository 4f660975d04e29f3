package org.aden.game.world.persist;

import org.aden.game.world.PlayerState;

/** Writes what the world changes about a character (position, vitals, progress, access level). */
public interface PlayerStateMapper {
    int update(PlayerState state);
}
