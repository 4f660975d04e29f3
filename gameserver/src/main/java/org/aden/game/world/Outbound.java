package org.aden.game.world;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import org.aden.game.network.GameClient;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Takes the world's outgoing packets off the world thread: encryption and the socket write of every packet
 * run on one "world-out" thread, in the order the world produced them (so each connection's cipher stream
 * stays in order). Connection-level steps that must follow those packets (close, back to the lobby) go
 * through the same queue.
 *
 * <p>Packets are batched: the thread takes everything queued at once (a tick's worth when the world is busy)
 * and gives each connection its packets in one buffer and one socket write, instead of one write per packet.
 * Only the order per connection matters to a client, so batching keeps it; any other step first flushes the
 * batches of everything queued before it.
 */
public final class Outbound {
    private static final Logger LOG = LogManager.getLogger(Outbound.class);
    private static final Runnable STOP = () -> {};

    /** One packet body for one connection; anything else in the queue is a plain step. */
    private record Send(GameClient client, byte[] body) implements Runnable {
        @Override
        public void run() {
            client.sendShared(body);
        }
    }

    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final Thread thread = new Thread(this::run, "world-out");
    private final Map<GameClient, List<byte[]>> batches = new IdentityHashMap<>();
    private final List<Runnable> drained = new ArrayList<>();

    /** Lag of the outbound queue: how long a packet queued now waits before it is written (sampled). */
    private final TickStats lag = new TickStats(1024);

    public void start() {
        thread.setDaemon(true);
        thread.start();
    }

    public void enqueue(Runnable step) {
        queue.add(step);
    }

    /** Queues one packet body (shared between recipients: copied before encryption) for {@code client}. */
    public void send(GameClient client, byte[] body) {
        queue.add(new Send(client, body));
    }

    /** Queues a probe that records how long it waited behind the packets before it. */
    public void probe() {
        long queued = System.nanoTime();
        queue.add(() -> lag.recordSample((System.nanoTime() - queued) / 1000));
    }

    public TickStats lag() {
        return lag;
    }

    private void run() {
        while (true) {
            try {
                drained.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(drained);
            boolean stop = false;
            for (Runnable r : drained) {
                if (r == STOP) {
                    stop = true;
                    break;
                }
                if (r instanceof Send s) {
                    batches.computeIfAbsent(s.client(), c -> new ArrayList<>()).add(s.body());
                } else {
                    flush();
                    runSafely(r);
                }
            }
            flush();
            drained.clear();
            if (stop) {
                return;
            }
        }
    }

    private void flush() {
        if (batches.isEmpty()) {
            return;
        }
        for (Map.Entry<GameClient, List<byte[]>> e : batches.entrySet()) {
            List<byte[]> bodies = e.getValue();
            runSafely(() -> e.getKey().sendShared(bodies));
        }
        batches.clear();
    }

    private static void runSafely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.warn("Sending failed: {}", e.toString());
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
