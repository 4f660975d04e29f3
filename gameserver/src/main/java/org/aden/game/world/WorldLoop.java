package org.aden.game.world;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** The world thread: runs {@link World#tick} at a fixed rate until stopped. */
public final class WorldLoop {
    private static final Logger LOG = LogManager.getLogger(WorldLoop.class);

    private final World world;
    private final Thread thread;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running;

    public WorldLoop(World world) {
        this.world = world;
        this.thread = new Thread(this::loop, "world");
        this.thread.setPriority(Thread.NORM_PRIORITY + 1);
    }

    public void start() {
        running = true;
        thread.start();
    }

    private void loop() {
        long period = TimeUnit.MILLISECONDS.toNanos(world.settings().tickMillis());
        long next = System.nanoTime();
        try {
            while (running) {
                world.tick();
                next += period;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                } else if (-wait > period * 10) {
                    LOG.warn("World thread is {} ms behind; skipping ahead", -wait / 1_000_000);
                    next = System.nanoTime();
                }
            }
            world.tick(); // apply what was queued before the stop (saves, removals)
        } catch (Throwable t) {
            LOG.error("World thread died", t);
        } finally {
            stopped.countDown();
        }
    }

    /** Stops after the current tick and one final tick for pending commands. */
    public void stop() {
        running = false;
        LockSupport.unpark(thread);
        try {
            if (!stopped.await(10, TimeUnit.SECONDS)) {
                LOG.warn("World thread did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isRunning() {
        return running;
    }
}
