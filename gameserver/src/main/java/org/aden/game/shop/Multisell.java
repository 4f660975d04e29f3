package org.aden.game.shop;

import java.util.List;
import java.util.Set;

/**
 * One exchange list of datapack/multisells: each entry takes its ingredients and gives its products. With {@code
 * keepEnchant} a non-stackable product keeps the enchant level of the non-stackable ingredient it replaces.
 *
 * @param npcs the NPCs that offer it; empty = any NPC whose script opens it
 */
public record Multisell(int id, Set<Integer> npcs, boolean applyTaxes, boolean keepEnchant, List<Entry> entries) {
    /** An item (itemId > 0) or a currency that is not an item (special: "clan-reputation", "fame"...). */
    public record Stack(int itemId, String special, long count) {
        public boolean isItem() {
            return special == null;
        }
    }

    public record Entry(List<Stack> ingredients, List<Stack> products) {
        public Entry {
            ingredients = List.copyOf(ingredients);
            products = List.copyOf(products);
        }

        /** Only item stacks: currencies such as clan reputation wait for the systems that own them. */
        public boolean itemsOnly() {
            return ingredients.stream().allMatch(Stack::isItem)
                    && products.stream().allMatch(Stack::isItem);
        }
    }

    public Multisell {
        npcs = Set.copyOf(npcs);
        entries = List.copyOf(entries);
    }

    public boolean offeredBy(int npcTemplateId) {
        return npcs.isEmpty() || npcs.contains(npcTemplateId);
    }
}
