package org.aden.common.net;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A deadline for a connection to finish its handshake, whatever it sends meanwhile: an idle timer alone is reset by
 * every byte, so a client trickling one byte every few seconds could otherwise hold its connection for ever.
 * {@link #start} arms one deadline; {@link Deadline#done} (handshake finished) or {@link Deadline#cancel} (closed)
 * disarms it, otherwise the action runs once when the time is up.
 */
public final class HandshakeDeadline implements AutoCloseable {
    private final long timeoutMillis;
    private final ScheduledThreadPoolExecutor timer;

    public HandshakeDeadline(Duration timeout, String threadName) {
        this.timeoutMillis = Math.max(1, timeout.toMillis());
        this.timer = new ScheduledThreadPoolExecutor(
                1, Thread.ofPlatform().name(threadName).daemon(true).factory());
        timer.setRemoveOnCancelPolicy(true); // one entry per open connection, gone when it finishes
    }

    public Duration timeout() {
        return Duration.ofMillis(timeoutMillis);
    }

    /** One connection's deadline. */
    public static final class Deadline {
        private final AtomicBoolean settled = new AtomicBoolean();
        private volatile ScheduledFuture<?> future;

        /** The handshake finished in time: the action will not run. */
        public void done() {
            cancel();
        }

        /** The connection closed: the action will not run. */
        public void cancel() {
            if (settled.compareAndSet(false, true) && future != null) {
                future.cancel(false);
            }
        }
    }

    /** Arms a deadline; {@code onExpired} runs on the timer thread (keep it short: close the connection). */
    public Deadline start(Runnable onExpired) {
        Deadline d = new Deadline();
        d.future = timer.schedule(
                () -> {
                    if (d.settled.compareAndSet(false, true)) {
                        onExpired.run();
                    }
                },
                timeoutMillis,
                TimeUnit.MILLISECONDS);
        if (d.settled.get()) {
            d.future.cancel(false);
        }
        return d;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
