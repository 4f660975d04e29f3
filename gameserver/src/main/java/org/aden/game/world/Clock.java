package org.aden.game.world;

/** Source of the world's time in milliseconds; tests substitute a clock they step by hand. */
public interface Clock {
    long millis();

    Clock SYSTEM = () -> System.nanoTime() / 1_000_000L;
}
