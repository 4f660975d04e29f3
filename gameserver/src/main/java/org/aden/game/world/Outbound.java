package org.aden.game.world;

import java.util.concurrent.LinkedBlockingQueue;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Takes the world's outgoing packets off the world thread: encryption and the socket write of every packet
 * run on one "world-out" thread, in the order the world produced them (so each connection's cipher stream
 * stays in order). Connection-level steps that must follow those packets (close, back to the lobby) go
 * through the same queue.
 */
public final class Outbound {
    private static final Logger LOG = LogManager.getLogger(Outbound.class);
    private static final Runnable STOP = () -> {};

    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final Thread thread = new Thread(this::run, "world-out");

    public void start() {
        thread.setDaemon(true);
        thread.start();
    }

    public void enqueue(Runnable step) {
        queue.add(step);
    }

    /** Lag of the outbound queue: how long a packet queued now waits before it is written (sampled). */
    private final org.aden.game.world.TickStats lag = new org.aden.game.world.TickStats(1024);

    /** Queues a probe that records how long it waited behind the packets before it. */
    public void probe() {
        long queued = System.nanoTime();
        queue.add(() -> lag.recordSample((System.nanoTime() - queued) / 1000));
    }

    public org.aden.game.world.TickStats lag() {
        return lag;
    }

    private void run() {
        while (true) {
            Runnable r;
            try {
                r = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (r == STOP) {
                return;
            }
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.warn("Sending failed: {}", e.toString());
            }
        }
    }

    /** Sends what is queued, then stops. */
    public void stop() {
        queue.add(STOP);
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
