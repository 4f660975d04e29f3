package org.aden.game.chat;

import org.aden.game.actor.Player;

/** Per-player chat bookkeeping for flood limits: times of the last messages, in a small ring. */
public final class ChatState {
    /** The player's chat state, created with its first line. */
    public static ChatState of(Player p) {
        return p.component(ChatState.class, ChatState::new);
    }

    private final long[] recent = new long[16];
    private int next;
    private int count;
    private long lastHeroVoice = Long.MIN_VALUE / 2;

    /**
     * True (and the message is counted) when fewer than {@code max} messages were sent in the last
     * {@code windowMillis}; false when this one would exceed the limit.
     */
    public boolean tryAcquire(long now, int max, long windowMillis) {
        int limit = Math.min(max, recent.length);
        if (count >= limit) {
            long oldest = recent[Math.floorMod(next - limit, recent.length)];
            if (now - oldest < windowMillis) {
                return false;
            }
        }
        recent[next] = now;
        next = (next + 1) % recent.length;
        count = Math.min(count + 1, recent.length);
        return true;
    }

    public boolean tryHeroVoice(long now, long intervalMillis) {
        if (now - lastHeroVoice < intervalMillis) {
            return false;
        }
        lastHeroVoice = now;
        return true;
    }
}
