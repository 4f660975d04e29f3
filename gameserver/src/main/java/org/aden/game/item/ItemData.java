package org.aden.game.item;

/**
 * One owned item: a row of aden_game.items and what the world holds in an {@link Inventory}. Its template
 * (name, weight, stats) is looked up by {@link #itemId()} in the {@link ItemCatalog}.
 *
 * @param slot the {@link PaperdollSlot#id()} when equipped, otherwise -1
 */
public record ItemData(
        int objectId, int ownerId, int itemId, long count, int enchantLevel, ItemLocation location, int slot) {

    public boolean equipped() {
        return location == ItemLocation.PAPERDOLL;
    }

    /** The paperdoll slot when equipped, else null. */
    public PaperdollSlot paperdollSlot() {
        return equipped() ? PaperdollSlot.byId(slot) : null;
    }
}
