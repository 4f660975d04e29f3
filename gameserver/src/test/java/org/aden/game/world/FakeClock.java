package org.aden.game.world;

import java.time.Instant;
import java.time.InstantSource;

/** A clock that only moves when a test says so. */
public final class FakeClock implements InstantSource {
    private long now = 1_000_000;

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(now);
    }

    @Override
    public long millis() {
        return now;
    }

    public void advance(long millis) {
        now += millis;
    }
}
