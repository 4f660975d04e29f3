package org.aden.game.script.api;

/** One event of a player, with the capabilities a script may use on that player. */
public interface PlayerEvent {
    PlayerView player();

    Dialogue dialogue();

    Items items();

    Quests quests();

    GameWorld world();

    Timers timers();
}
