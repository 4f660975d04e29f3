package org.aden.game.shop;

import java.util.HashMap;
import java.util.Map;

/**
 * What is left of the limited items of every buy list: full at start, refilled {@code restockMinutes} after the
 * first sale since the last refill. Kept in memory only (as the public servers do); world thread only.
 */
final class ShopStock {
    private record Key(int listId, int itemId) {}

    private static final class Left {
        long count;
        long refillAt;
    }

    private final Map<Key, Left> left = new HashMap<>();

    long left(int listId, BuyList.Entry e, long now) {
        if (!e.limited()) {
            return Long.MAX_VALUE;
        }
        Left l = left.get(new Key(listId, e.itemId()));
        if (l == null || now >= l.refillAt) {
            return e.count();
        }
        return l.count;
    }

    void take(int listId, BuyList.Entry e, long quantity, long now) {
        if (!e.limited()) {
            return;
        }
        Key k = new Key(listId, e.itemId());
        Left l = left.get(k);
        if (l == null || now >= l.refillAt) {
            l = new Left();
            l.count = e.count();
            l.refillAt = now + Math.max(1, e.restockMinutes()) * 60_000L;
            left.put(k, l);
        }
        l.count = Math.max(0, l.count - quantity);
    }
}
