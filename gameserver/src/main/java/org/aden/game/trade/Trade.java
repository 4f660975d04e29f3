package org.aden.game.trade;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aden.game.actor.Player;

/** One open trade window between two players: what each offers and who has confirmed. World thread only. */
final class Trade {
    final Player a;
    final Player b;
    /** object id → count offered, per player, in the order added */
    private final Map<Player, Map<Integer, Long>> offers = new LinkedHashMap<>();

    private final Map<Player, Boolean> confirmed = new LinkedHashMap<>();
    /** Both confirmed and the exchange is being written: nothing may change or cancel it any more. */
    boolean writing;

    Trade(Player a, Player b) {
        this.a = a;
        this.b = b;
        for (Player p : List.of(a, b)) {
            offers.put(p, new LinkedHashMap<>());
            confirmed.put(p, false);
        }
    }

    Player partnerOf(Player p) {
        return p == a ? b : a;
    }

    Map<Integer, Long> offer(Player p) {
        return offers.get(p);
    }

    boolean confirmed(Player p) {
        return confirmed.get(p);
    }

    void confirm(Player p) {
        confirmed.put(p, true);
    }

    boolean anyConfirmed() {
        return confirmed(a) || confirmed(b);
    }
}
