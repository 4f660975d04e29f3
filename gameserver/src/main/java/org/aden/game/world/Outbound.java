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

    /** What the world thread sent during its current tick, handed over in one piece by {@link #publish}. */
    private record Batch(List<Runnable> steps) implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("a batch is expanded by the world-out thread");
        }
    }

    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    /** The world thread, once it has published a tick. */
    private Thread owner;

    private final Object pendingLock = new Object();

    private List<Runnable> pending = new ArrayList<>();
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
        add(step);
    }

    /** Queues one packet body (shared between recipients: copied before encryption) for {@code client}. */
    public void send(GameClient client, byte[] body) {
        add(new Send(client, body));
    }

    /** Queues a probe that records how long it waited behind the packets before it. */
    public void probe() {
        long queued = System.nanoTime();
        add(() -> lag.recordSample((System.nanoTime() - queued) / 1000));
    }

    /**
     * The world thread's sends wait in a plain list until the end of its tick, then go into the queue as one
     * element: a tick of a crowded town fans out tens of thousands of packets, and a blocking-queue insertion
     * (with the wake-up of the world-out thread) for each cost the world thread more than building them. Another
     * thread's step first hands over what the world thread has sent so far, so nothing overtakes a packet that
     * was sent before it. The lock is uncontended almost always (only the world thread sends in bulk).
     */
    private void add(Runnable step) {
        synchronized (pendingLock) {
            if (Thread.currentThread() == owner) {
                pending.add(step);
                return;
            }
            handOver();
            queue.add(step);
        }
    }

    /** The end of a world tick (world thread only): what it sent during the tick leaves now, in order. */
    public void publish() {
        synchronized (pendingLock) {
            owner = Thread.currentThread();
            handOver();
        }
    }

    private void handOver() {
        if (!pending.isEmpty()) {
            queue.add(new Batch(pending));
            pending = new ArrayList<>();
        }
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
                if (r instanceof Batch b) {
                    for (Runnable step : b.steps()) {
                        take(step);
                    }
                } else {
                    take(r);
                }
            }
            flush();
            drained.clear();
            if (stop) {
                return;
            }
        }
    }

    private void take(Runnable r) {
        if (r instanceof Send s) {
            batches.computeIfAbsent(s.client(), c -> new ArrayList<>()).add(s.body());
        } else {
            flush();
            runSafely(r);
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
        synchronized (pendingLock) {
            handOver();
            queue.add(STOP);
        }
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
