package org.aden.game.shop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemCatalog;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLedger;
import org.aden.game.item.ItemTemplate;
import org.aden.game.network.client.multisell.MultiSellChoose;
import org.aden.game.network.server.multisell.MultiSellList;
import org.aden.game.network.server.system.ActionFailed;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.world.StatusUpdate;
import org.aden.game.world.World;

/**
 * Multisell exchanges (docs/protocol/npc-services.md §1), on the world thread: an NPC's script opens a list, the
 * player picks an entry and an amount, and the ingredients and products move as one {@link ItemLedger} change.
 * Non-stackable ingredients are taken lowest enchant first, so an enchanted weapon is never spent while a plain one
 * would do; in a keep-enchant list the product keeps that ingredient's enchant level.
 */
public final class Exchanges {
    /** Most exchanges of one entry at once (SystemMessage 1036 beyond). */
    static final int MAX_AMOUNT = 5000;

    static final int NOT_ENOUGH_ITEMS = 351;
    static final int QUANTITY_TOO_LARGE = 1036;
    static final int EARNED_ITEMS = 53; // "You have earned $s2 $s1(s)."
    static final int EARNED_ITEM = 54; // "You have earned $s1."
    static final int ITEM_NAME_PARAM = 3;
    static final int TYPE2_SPECIAL = 0xFFFF;

    private final World world;
    private Multisells lists;
    private final ItemLedger ledger;

    public Exchanges(World world, Multisells lists, ItemLedger ledger) {
        this.world = world;
        this.lists = lists;
        this.ledger = ledger;
    }

    public Multisells lists() {
        return lists;
    }

    /** A datapack reload (world thread): lists opened from now on are the new ones. */
    public void replaceLists(Multisells fresh) {
        this.lists = fresh;
    }

    /**
     * Opens multisell {@code listId} at this NPC, 40 entries a page; false (nothing sent) when there is no such list
     * or it names other NPCs. Entries paid in currencies that are not items (clan reputation...) are not offered yet.
     */
    public boolean show(Player p, Npc npc, int listId) {
        Multisell list = lists.get(listId);
        if (list == null || !list.offeredBy(npc.templateId())) {
            return false;
        }
        List<Multisell.Entry> offered =
                list.entries().stream().filter(Multisell.Entry::itemsOnly).toList();
        MerchantVisit.of(p).exchanging(npc.objectId(), listId, offered);
        int pages = Math.max(1, (offered.size() + MultiSellList.PAGE_SIZE - 1) / MultiSellList.PAGE_SIZE);
        for (int page = 0; page < pages; page++) {
            List<MultiSellList.Entry> entries = new ArrayList<>();
            int from = page * MultiSellList.PAGE_SIZE;
            for (int i = from; i < Math.min(offered.size(), from + MultiSellList.PAGE_SIZE); i++) {
                entries.add(shown(i + 1, offered.get(i)));
            }
            p.send(new MultiSellList(listId, page + 1, page == pages - 1, entries));
        }
        return true;
    }

    private MultiSellList.Entry shown(int entryId, Multisell.Entry e) {
        List<MultiSellList.Item> products = new ArrayList<>();
        for (Multisell.Stack s : e.products()) {
            ItemTemplate t = catalog().get(s.itemId());
            products.add(new MultiSellList.Item(s.itemId(), t.bodyPart(), t.type2(), s.count(), 0));
        }
        List<MultiSellList.Item> ingredients = new ArrayList<>();
        for (Multisell.Stack s : e.ingredients()) {
            ItemTemplate t = catalog().get(s.itemId());
            ingredients.add(new MultiSellList.Item(s.itemId(), 0, t.type2(), s.count(), 0));
        }
        return new MultiSellList.Entry(entryId, stackable(e), products, ingredients);
    }

    /** aCis' rule (the recommendation of npc-services.md): a quantity box only when every product stacks. */
    private boolean stackable(Multisell.Entry e) {
        return e.products().stream().allMatch(s -> catalog().get(s.itemId()).stackable());
    }

    public void choose(Player p, MultiSellChoose c) {
        MerchantVisit v = MerchantVisit.of(p);
        if (v.multisellId != c.listId()
                || c.entryId() < 1
                || c.entryId() > v.multisellEntries.size()
                || v.merchantNear(world, p) == null) {
            v.close(); // as both reference servers do: a wrong choice forgets the list
            p.send(ActionFailed.INSTANCE);
            return;
        }
        Multisell.Entry e = v.multisellEntries.get(c.entryId() - 1);
        if (c.amount() > 1 && !stackable(e)) {
            v.close();
            p.send(ActionFailed.INSTANCE);
            return;
        }
        if (c.amount() > MAX_AMOUNT) {
            refuse(p, SystemMessage.of(QUANTITY_TOO_LARGE));
            return;
        }
        long amount = c.amount();
        boolean keepEnchant = lists.get(c.listId()).keepEnchant();
        Inventory inv = Inventory.of(p);
        List<ItemLedger.Delta> deltas = new ArrayList<>();
        int keptEnchant = 0;
        for (Multisell.Stack s : e.ingredients()) {
            long need = s.count() * amount;
            if (catalog().get(s.itemId()).stackable()) {
                deltas.add(new ItemLedger.Delta(s.itemId(), -need));
                continue;
            }
            List<ItemData> pieces = inv.items().stream()
                    .filter(i -> i.itemId() == s.itemId() && !i.equipped())
                    .sorted(Comparator.comparingInt(ItemData::enchantLevel))
                    .limit(need)
                    .toList();
            if (pieces.size() < need) {
                refuse(p, SystemMessage.of(NOT_ENOUGH_ITEMS));
                return;
            }
            for (ItemData piece : pieces) {
                deltas.add(new ItemLedger.Delta(piece.itemId(), -1, piece.objectId()));
                keptEnchant = Math.max(keptEnchant, piece.enchantLevel());
            }
        }
        long weight = 0;
        int slots = 0;
        List<SystemMessage> earned = new ArrayList<>();
        for (Multisell.Stack s : e.products()) {
            ItemTemplate t = catalog().get(s.itemId());
            long n = s.count() * amount;
            weight += (long) t.weight() * n;
            slots += inv.slotsFor(s.itemId(), n);
            deltas.add(
                    t.stackable()
                            ? new ItemLedger.Delta(s.itemId(), n)
                            : ItemLedger.Delta.enchanted(s.itemId(), n, keepEnchant ? keptEnchant : 0));
            earned.add(
                    n > 1
                            ? SystemMessage.of(EARNED_ITEMS)
                                    .withParam(ITEM_NAME_PARAM, s.itemId())
                                    .withNumber((int) Math.min(Integer.MAX_VALUE, n))
                            : SystemMessage.of(EARNED_ITEM).withParam(ITEM_NAME_PARAM, s.itemId()));
        }
        int noRoom = inv.lackOfRoom(p, weight, slots);
        if (noRoom != 0) {
            refuse(p, SystemMessage.of(noRoom));
            return;
        }
        if (!ledger.apply(p, deltas, ItemLedger.Reason.EXCHANGE, "multisell " + c.listId())) {
            refuse(p, SystemMessage.of(NOT_ENOUGH_ITEMS));
            return;
        }
        earned.forEach(p::send);
        p.send(Inventory.of(p).itemList(false)); // the exchange window stays open for the next choice
        p.send(new StatusUpdate(p.objectId(), new int[] {StatusUpdate.CUR_LOAD}, new int[] {
            Inventory.of(p).currentLoad()
        }));
    }

    private static void refuse(Player p, SystemMessage why) {
        p.send(why);
        p.send(ActionFailed.INSTANCE);
    }

    private ItemCatalog catalog() {
        return ledger.catalog();
    }
}
