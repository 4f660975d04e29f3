package org.aden.game.script.api;

/**
 * Delayed work on the world thread. A named timer calls the script's {@code onTimer} handler with its name; it is
 * bound to the event's NPC and player and never goes off once the NPC despawned or the player left the world.
 * Starting a timer that runs restarts it. A handler that throws is logged with the script's line.
 */
public interface Timers {
    /** Runs the task after the delay on the world thread; an exception in it is logged with the script's line. */
    void after(long delayMillis, Runnable task);

    /** A one-shot named timer: {@code onTimer(e, name)} after the delay. */
    void start(String name, long delayMillis);

    /** A repeating named timer: {@code onTimer(e, name)} every period until cancelled (at least 100 ms). */
    void repeat(String name, long periodMillis);

    /** Stops a named timer of this script and owner; false when none was running. */
    boolean cancel(String name);

    /** True while a named timer of this script and owner is waiting. */
    boolean isRunning(String name);
}
