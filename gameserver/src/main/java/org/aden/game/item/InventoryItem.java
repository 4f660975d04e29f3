package org.aden.game.item;

/** One item the player owns, as the world shows it. paperdollPosition is -1 when not equipped. */
public record InventoryItem(int objectId, ItemTemplate template, int count, int enchant, int paperdollPosition) {
    public boolean equipped() {
        return paperdollPosition >= 0;
    }
}
