package org.aden.game.script.api;

/** Delayed work on the world thread. */
public interface Timers {
    /** Runs the task after the delay on the world thread; an exception in it is logged with the script's line. */
    void after(long delayMillis, Runnable task);
}
