package org.aden.game.item;

/** Where an owned item is; stored by name in items.location. */
public enum ItemLocation {
    INVENTORY,
    PAPERDOLL,
    WAREHOUSE
}
