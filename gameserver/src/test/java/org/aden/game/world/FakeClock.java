package org.aden.game.world;

/** A clock that only moves when a test says so. */
public final class FakeClock implements Clock {
    private long now = 1_000_000;

    @Override
    public long millis() {
        return now;
    }

    public void advance(long millis) {
        now += millis;
    }
}
