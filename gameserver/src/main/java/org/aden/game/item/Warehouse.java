package org.aden.game.item;

import java.util.List;
import org.aden.game.actor.Player;

/** A player's private warehouse: the items kept at the warehouse keepers (location WAREHOUSE). World thread only. */
public final class Warehouse {
    private List<ItemData> items;

    public Warehouse(List<ItemData> items) {
        this.items = List.copyOf(items);
    }

    public static Warehouse of(Player p) {
        return p.component(Warehouse.class, () -> new Warehouse(List.of()));
    }

    public List<ItemData> items() {
        return items;
    }

    void setItems(List<ItemData> items) {
        this.items = List.copyOf(items);
    }
}
