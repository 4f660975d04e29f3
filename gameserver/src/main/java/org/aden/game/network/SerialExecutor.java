package org.aden.game.network;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Runs one connection's tasks one after another, in submission order, on a shared (virtual-thread)
 * executor: lobby work that touches the database leaves the I/O thread but keeps the client's packet order.
 */
final class SerialExecutor implements Executor {
    private static final Logger LOG = LogManager.getLogger(SerialExecutor.class);

    private final Executor backing;
    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
    private boolean running;

    SerialExecutor(Executor backing) {
        this.backing = backing;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (queue) {
            queue.add(task);
            if (running) {
                return;
            }
            running = true;
        }
        backing.execute(this::drain);
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (queue) {
                next = queue.poll();
                if (next == null) {
                    running = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                LOG.error("connection task failed", e);
            }
        }
    }
}
