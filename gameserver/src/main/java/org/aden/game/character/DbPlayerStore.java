package org.aden.game.character;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import org.aden.common.db.DatabaseHealth;
import org.aden.game.actor.PlayerState;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Saves player snapshots off the world thread, and loses none while the database is away. {@link #save} only
 * queues (the world never waits); a few writer threads take the queued snapshots. A failed write is put back and
 * retried with backoff (1 s doubling to 30 s, at once when the database is back) until it succeeds. Only the newest
 * snapshot of a character matters: a newer one replaces an older one still queued (the older one's future
 * completes with the newer write), and one character is never written by two writers at once, so a later snapshot
 * never lands before an earlier one. At shutdown {@link #close} writes what it can and hands the rest to the
 * {@link SaveJournal}.
 */
public final class DbPlayerStore implements PlayerStore, PendingSaves {
    private static final Logger LOG = LogManager.getLogger(DbPlayerStore.class);
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration LAST_RETRY = Duration.ofSeconds(30);

    /** A queued snapshot and the futures of every save it stands for (older snapshots it replaced). */
    private record Queued(PlayerState state, List<CompletableFuture<Void>> done, long notBefore) {
        Queued replacedBy(PlayerState newer, CompletableFuture<Void> f) {
            List<CompletableFuture<Void>> all = new ArrayList<>(done);
            all.add(f);
            return new Queued(newer, all, notBefore);
        }
    }

    private final SqlSessionFactory sessions;
    private final DatabaseHealth health;
    private final Object lock = new Object();
    /** Queued and not being written, in arrival order (guarded by lock). */
    private final Map<Integer, Queued> queued = new LinkedHashMap<>();
    /** Being written now, by character (guarded by lock). */
    private final Map<Integer, PlayerState> writing = new HashMap<>();
    /** Characters whose last failure (not an outage) was logged, so it is logged once (guarded by lock). */
    private final Set<Integer> failureLogged = new HashSet<>();

    private final LongAdder saved = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final List<Thread> writers = new ArrayList<>();
    /**
     * While an outage lasts: the newest snapshot of every character saved since it began, which the journal file
     * holds too (rewritten within a second of a change), so that even a kill -9 meanwhile loses nothing. Cleared,
     * and the file removed, once everything queued is written (guarded by lock).
     */
    private final Map<Integer, PlayerState> journaled = new HashMap<>();

    private final SaveJournal journal; // null: no journal while the database is down (tests)
    private final Thread journalThread;
    private boolean journalDirty; // guarded by lock
    private long retryAt; // System.nanoTime() before which no writer tries (after an outage), guarded by lock
    private Duration backoff = FIRST_RETRY;
    private boolean stopped;

    public DbPlayerStore(SqlSessionFactory sessions, DatabaseHealth health, int writerCount) {
        this(sessions, health, writerCount, null);
    }

    /** @param journal also written while the database is down (not only at shutdown); null for none */
    public DbPlayerStore(SqlSessionFactory sessions, DatabaseHealth health, int writerCount, SaveJournal journal) {
        this.sessions = sessions;
        this.health = health;
        this.journal = journal;
        this.journalThread =
                journal == null ? null : Thread.ofVirtual().name("save-journal").start(this::journalLoop);
        health.setBacklog(this::pending);
        health.onBack(this::retryNow);
        for (int i = 0; i < writerCount; i++) {
            writers.add(Thread.ofVirtual().name("save-writer-" + i).start(this::writeLoop));
        }
    }

    @Override
    public CompletableFuture<Void> save(PlayerState state) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        synchronized (lock) {
            if (stopped) {
                f.completeExceptionally(new IllegalStateException("the save queue is closed"));
                return f;
            }
            Queued old = queued.get(state.objectId());
            queued.put(state.objectId(), old == null ? new Queued(state, List.of(f), 0) : old.replacedBy(state, f));
            if (journal != null && (!health.isUp() || !journaled.isEmpty())) {
                journaled.put(state.objectId(), state);
                journalDirty = true;
            }
            lock.notifyAll();
        }
        return f;
    }

    private void retryNow() {
        synchronized (lock) {
            retryAt = 0;
            backoff = FIRST_RETRY;
            lock.notifyAll();
        }
    }

    private void writeLoop() {
        while (true) {
            Queued job;
            synchronized (lock) {
                job = next();
                while (job == null) {
                    if (stopped) {
                        return;
                    }
                    try {
                        lock.wait(waitMillis());
                    } catch (InterruptedException e) {
                        return;
                    }
                    job = next();
                }
            }
            write(job);
        }
    }

    /** The first queued snapshot a writer may take now (guarded by lock), moved to {@link #writing}. */
    private Queued next() {
        if (stopped) {
            return null;
        }
        long now = System.nanoTime();
        if (retryAt - now > 0) {
            return null;
        }
        for (Iterator<Queued> it = queued.values().iterator(); it.hasNext(); ) {
            Queued q = it.next();
            int id = q.state().objectId();
            if (!writing.containsKey(id) && q.notBefore() - now <= 0) {
                it.remove();
                writing.put(id, q.state());
                return q;
            }
        }
        return null;
    }

    /** How long an idle writer sleeps before looking again (a retry time may pass meanwhile). */
    private long waitMillis() {
        return queued.isEmpty() ? 0 : 200;
    }

    private void write(Queued job) {
        int id = job.state().objectId();
        try (SqlSession s = sessions.openSession(true)) {
            s.getMapper(CharacterMapper.class).updateState(job.state());
        } catch (RuntimeException e) {
            failed.increment();
            boolean outage = health.failed(e);
            synchronized (lock) {
                writing.remove(id);
                long now = System.nanoTime();
                Queued newer = queued.get(id);
                long notBefore = outage ? 0 : now + LAST_RETRY.toNanos();
                if (newer != null) {
                    List<CompletableFuture<Void>> all = new ArrayList<>(job.done());
                    all.addAll(newer.done());
                    queued.put(id, new Queued(newer.state(), all, notBefore));
                } else {
                    queued.put(id, new Queued(job.state(), job.done(), notBefore));
                }
                if (outage) {
                    if (journal != null) {
                        journaled.put(id, job.state());
                        queued.values().forEach(q -> journaled.put(q.state().objectId(), q.state()));
                        journalDirty = true;
                    }
                    retryAt = now + backoff.toNanos();
                    backoff = backoff.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : backoff.multipliedBy(2);
                } else if (failureLogged.add(id)) {
                    LOG.warn(
                            "Saving {} failed, retrying every {} s: {}",
                            job.state().name(),
                            LAST_RETRY.toSeconds(),
                            e.toString());
                }
                lock.notifyAll();
            }
            return;
        }
        saved.increment();
        health.succeeded();
        synchronized (lock) {
            writing.remove(id);
            failureLogged.remove(id);
            backoff = FIRST_RETRY;
            if (!journaled.isEmpty()) {
                // written now: the journal keeps the written values (harmless to replay) until the queue is empty
                journaled.computeIfPresent(id, (k, v) -> job.state());
                if (queued.isEmpty() && writing.isEmpty()) {
                    journaled.clear();
                }
                journalDirty = true;
            }
            lock.notifyAll();
        }
        job.done().forEach(f -> f.complete(null));
    }

    /** Keeps the journal file in step with {@link #journaled}, at most once a second. */
    private void journalLoop() {
        while (true) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            List<PlayerState> content;
            synchronized (lock) {
                if (stopped) {
                    return;
                }
                if (!journalDirty) {
                    continue;
                }
                journalDirty = false;
                content = List.copyOf(journaled.values());
            }
            try {
                if (content.isEmpty()) {
                    journal.delete();
                } else {
                    journal.replace(content);
                }
            } catch (RuntimeException e) {
                LOG.warn("Save journal {} not written: {}", journal.file(), e.toString());
            }
        }
    }

    @Override
    public boolean awaitWritten(int objectId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (queued.containsKey(objectId) || writing.containsKey(objectId)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    /**
     * Shutdown: waits for the queued snapshots to be written — up to {@code whileUp} while the database answers, up
     * to {@code whileDown} once it is known down — then stops the writers and writes what is left (snapshots still
     * queued or whose write did not finish) to the journal; returns how many.
     */
    public int close(Duration whileUp, Duration whileDown, SaveJournal journal) throws InterruptedException {
        long start = System.nanoTime();
        List<PlayerState> left = new ArrayList<>();
        synchronized (lock) {
            while (!queued.isEmpty() || !writing.isEmpty()) {
                Duration limit = health.isUp() ? whileUp : whileDown;
                long wait = start + limit.toNanos() - System.nanoTime();
                if (wait <= 0) {
                    break;
                }
                lock.wait(Math.max(1, Math.min(100, wait / 1_000_000)));
            }
            stopped = true;
            lock.notifyAll();
            // a write still running may yet land; journaling its snapshot too is harmless (the same values again)
            left.addAll(writing.values());
            queued.values().forEach(q -> left.add(q.state()));
        }
        writers.forEach(Thread::interrupt);
        if (journalThread != null) {
            journalThread.interrupt();
            journalThread.join(5000); // it must not write the file after us
        }
        if (left.isEmpty()) {
            journal.delete(); // everything is in the database (a journal from the outage is obsolete)
        } else {
            journal.replace(left);
            LOG.warn(
                    "{} character save(s) could not be written to the database at shutdown; kept in {} for the next"
                            + " start",
                    left.size(),
                    journal.file());
        }
        return left.size();
    }

    /** Characters with a save queued or running (metrics). */
    public int pending() {
        synchronized (lock) {
            return queued.size() + writing.size();
        }
    }

    /** Snapshots written since start. */
    public long saved() {
        return saved.sum();
    }

    /** Write attempts that failed since start (each is retried). */
    public long failed() {
        return failed.sum();
    }
}
