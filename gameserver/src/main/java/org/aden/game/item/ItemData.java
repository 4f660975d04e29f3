package org.aden.game.item;

/**
 * One owned item as stored (a row of aden_game.items).
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
