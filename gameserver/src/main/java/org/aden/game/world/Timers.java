package org.aden.game.world;

import java.util.PriorityQueue;

/** Timers owned by the world thread, ordered by due time then by creation order. */
final class Timers {
    private record Entry(long due, long seq, Runnable task) {}

    private final PriorityQueue<Entry> queue =
            new PriorityQueue<>((a, b) -> a.due != b.due ? Long.compare(a.due, b.due) : Long.compare(a.seq, b.seq));
    private long seq;

    void add(long due, Runnable task) {
        queue.add(new Entry(due, seq++, task));
    }

    /** Runs every timer due at or before now, including timers that due ones add for now. */
    void runDue(long now, java.util.function.Consumer<Runnable> runner) {
        while (!queue.isEmpty() && queue.peek().due <= now) {
            runner.accept(queue.poll().task);
        }
    }

    int size() {
        return queue.size();
    }
}
