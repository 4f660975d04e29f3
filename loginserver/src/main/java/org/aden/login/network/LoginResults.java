package org.aden.login.network;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** How login attempts ended, counted for the metrics endpoint. Any thread. */
public final class LoginResults {
    /** The outcomes a host watches: successes, wrong passwords, bans, blocks and refusals. */
    public enum Result {
        SUCCESS,
        WRONG_PASSWORD,
        NO_ACCOUNT,
        BANNED_ACCOUNT,
        BANNED_IP,
        BRUTE_FORCE_BLOCKED,
        ACCOUNT_IN_USE,
        MAINTENANCE,
        OVERLOADED
    }

    private final Map<Result, LongAdder> counts = new EnumMap<>(Result.class);

    public LoginResults() {
        for (Result r : Result.values()) {
            counts.put(r, new LongAdder());
        }
    }

    void count(Result r) {
        counts.get(r).increment();
    }

    public long get(Result r) {
        return counts.get(r).sum();
    }
}
