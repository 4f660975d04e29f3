package org.aden.game.world.net;

import java.util.concurrent.LinkedBlockingQueue;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Takes the world's outgoing packets off the world thread: encryption and the socket write of every packet
 * run on one "world-out" thread, in the order the world produced them (so each connection's cipher stream
 * stays in order). Connection-level steps that must follow those packets (close, back to the lobby) go
 * through the same queue.
 */
final class Outbound {
    private static final Logger LOG = LogManager.getLogger(Outbound.class);
    private static final Runnable STOP = () -> { };

    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final Thread thread = new Thread(this::run, "world-out");

    void start() {
        thread.setDaemon(true);
        thread.start();
    }

    void enqueue(Runnable step) {
        queue.add(step);
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
    void stop() {
        queue.add(STOP);
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
