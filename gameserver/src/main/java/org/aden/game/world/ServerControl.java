package org.aden.game.world;

/**
 * What the world asks of the process when a shutdown countdown ends. The composition root implements it:
 * stop accepting players, save everyone, tell the login server, exit (0 for shutdown, 2 for restart).
 */
public interface ServerControl {
    void stop(boolean restart);
}
