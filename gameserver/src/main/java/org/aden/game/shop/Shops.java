package org.aden.game.shop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLedger;
import org.aden.game.item.ItemTemplate;
import org.aden.game.network.client.shop.RequestBuyItem;
import org.aden.game.network.client.shop.RequestSellItem;
import org.aden.game.network.server.shop.SellList;
import org.aden.game.network.server.system.ActionFailed;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.world.StatusUpdate;
import org.aden.game.world.World;

/**
 * Buying from and selling to merchants, on the world thread. A merchant's dialog opens a list ({@link
 * #showBuyList}, {@link #showSellList}); the client's answer is checked against what was opened, the merchant's
 * distance, the stock, the adena, the weight and the free slots, then applied as one {@link ItemLedger} change: the
 * adena and the items move together or not at all.
 */
public final class Shops {
    public static final int ADENA = 57;
    /** Most of one item bought at once (as L2J Mobius caps it). */
    static final int MAX_QUANTITY = 10_000;

    static final int NOT_ENOUGH_ADENA = 279;

    private final World world;
    private BuyLists lists;
    private final ItemLedger ledger;
    private final ShopStock stock = new ShopStock();

    public Shops(World world, BuyLists lists, ItemLedger ledger) {
        this.world = world;
        this.lists = lists;
        this.ledger = ledger;
    }

    public BuyLists lists() {
        return lists;
    }

    /** A datapack reload (world thread): lists opened from now on are the new ones; stock already sold stays sold. */
    public void replaceLists(BuyLists fresh) {
        this.lists = fresh;
    }

    /**
     * Opens buy list {@code listId} of this merchant; false (nothing sent) when there is no such list or it names
     * other NPCs. A list that names no NPC opens at any merchant whose script asks for it.
     */
    public boolean showBuyList(Player p, Npc merchant, int listId) {
        BuyList list = lists.get(listId);
        if (list == null || !(list.npcs().isEmpty() || list.npcs().contains(merchant.templateId()))) {
            return false;
        }
        long now = world.now();
        List<org.aden.game.network.server.shop.BuyList.Entry> entries = new ArrayList<>();
        for (BuyList.Entry e : list.items()) {
            long left = stock.left(listId, e, now);
            if (left <= 0) {
                continue; // sold out: not shown, and not counted (world.md note 14)
            }
            ItemTemplate t = ledger.catalog().get(e.itemId());
            entries.add(new org.aden.game.network.server.shop.BuyList.Entry(
                    t.type1(), e.itemId(), e.limited() ? left : 0, t.type2(), t.bodyPart(), e.price()));
        }
        visit(p).buying(merchant.objectId(), listId);
        p.send(new org.aden.game.network.server.shop.BuyList(ledger.count(p, ADENA), listId, entries));
        return true;
    }

    /** Opens the window of the player's items this merchant would buy, at half their reference price. */
    public void showSellList(Player p, Npc merchant) {
        List<SellList.Entry> entries = new ArrayList<>();
        Inventory inv = Inventory.of(p);
        for (ItemData i : inv.items()) {
            ItemTemplate t = inv.template(i);
            if (sellable(i, t)) {
                entries.add(new SellList.Entry(
                        t.type1(),
                        i.objectId(),
                        i.itemId(),
                        i.count(),
                        t.type2(),
                        t.bodyPart(),
                        i.enchantLevel(),
                        sellPrice(t)));
            }
        }
        visit(p).selling(merchant.objectId());
        p.send(new SellList(ledger.count(p, ADENA), entries));
    }

    /** A merchant pays half an item's reference price (L2J Mobius and aCis: price / 2). */
    static long sellPrice(ItemTemplate t) {
        return t.price() / 2;
    }

    private static boolean sellable(ItemData i, ItemTemplate t) {
        return !i.equipped()
                && i.itemId() != ADENA
                && !t.questItem()
                && t.rules().sellable()
                && t.price() > 0;
    }

    public void buy(Player p, RequestBuyItem r) {
        MerchantVisit v = visit(p);
        BuyList list = v.buyListId == r.listId() ? lists.get(r.listId()) : null;
        Npc merchant = list == null ? null : v.merchantNear(world, p);
        if (merchant == null) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        Map<Integer, Long> wanted = new LinkedHashMap<>();
        for (RequestBuyItem.Line l : r.lines()) {
            wanted.merge(l.itemId(), (long) l.count(), Long::sum);
        }
        long now = world.now();
        long cost = 0;
        long weight = 0;
        int newSlots = 0;
        List<ItemLedger.Delta> deltas = new ArrayList<>();
        Inventory inv = Inventory.of(p);
        for (Map.Entry<Integer, Long> w : wanted.entrySet()) {
            BuyList.Entry e = list.entry(w.getKey());
            long quantity = w.getValue();
            if (e == null || quantity > MAX_QUANTITY || quantity > stock.left(list.id(), e, now)) {
                p.send(ActionFailed.INSTANCE); // not on this list, or more than it holds: the client offered neither
                return;
            }
            ItemTemplate t = ledger.catalog().get(e.itemId());
            cost += e.price() * quantity;
            weight += (long) t.weight() * quantity;
            newSlots += inv.slotsFor(t.itemId(), quantity);
            deltas.add(new ItemLedger.Delta(e.itemId(), quantity));
        }
        if (cost > ledger.count(p, ADENA) || cost > Integer.MAX_VALUE) {
            refuse(p, NOT_ENOUGH_ADENA);
            return;
        }
        int noRoom = inv.lackOfRoom(p, weight, newSlots);
        if (noRoom != 0) {
            refuse(p, noRoom);
            return;
        }
        if (cost > 0) {
            deltas.add(0, new ItemLedger.Delta(ADENA, -cost));
        }
        // shown once written (as a pickup): a crash can never take back a purchase the player was shown
        if (!ledger.applyWhenWritten(
                p,
                deltas,
                ItemLedger.Reason.BUY,
                "npc:" + merchant.templateId(),
                change -> changed(p),
                () -> p.send(ActionFailed.INSTANCE))) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        for (Map.Entry<Integer, Long> w : wanted.entrySet()) {
            stock.take(list.id(), list.entry(w.getKey()), w.getValue(), now);
        }
    }

    public void sell(Player p, RequestSellItem r) {
        MerchantVisit v = visit(p);
        Npc merchant = v.sellOpen ? v.merchantNear(world, p) : null;
        if (merchant == null) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        Inventory inv = Inventory.of(p);
        Map<Integer, ItemData> byObject = new LinkedHashMap<>();
        for (ItemData i : inv.items()) {
            byObject.put(i.objectId(), i);
        }
        Map<Integer, Long> sold = new LinkedHashMap<>();
        long pay = 0;
        for (RequestSellItem.Line l : r.lines()) {
            ItemData i = byObject.get(l.objectId());
            long quantity = sold.merge(l.objectId(), (long) l.count(), Long::sum);
            ItemTemplate t = i == null ? null : inv.template(i);
            if (i == null || i.itemId() != l.itemId() || !sellable(i, t) || quantity > i.count()) {
                p.send(ActionFailed.INSTANCE); // not the player's, or not in the list the player was shown
                return;
            }
            pay += sellPrice(t) * l.count();
        }
        if (ledger.count(p, ADENA) + pay > Integer.MAX_VALUE) {
            refuse(p, Inventory.INVENTORY_FULL); // the wire and the client hold 32-bit adena
            return;
        }
        List<ItemLedger.Delta> deltas = new ArrayList<>();
        sold.forEach((objectId, quantity) ->
                deltas.add(new ItemLedger.Delta(byObject.get(objectId).itemId(), -quantity, objectId)));
        if (pay > 0) {
            deltas.add(new ItemLedger.Delta(ADENA, pay));
        }
        if (!ledger.apply(p, deltas, ItemLedger.Reason.SELL, "npc:" + merchant.templateId())) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        changed(p);
    }

    private void changed(Player p) {
        Inventory inv = Inventory.of(p);
        p.send(new StatusUpdate(p.objectId(), new int[] {StatusUpdate.CUR_LOAD}, new int[] {inv.currentLoad()}));
        p.send(inv.itemList(true)); // both reference servers answer a trade with the whole list, window open
    }

    private void refuse(Player p, int message) {
        p.send(SystemMessage.of(message));
        p.send(ActionFailed.INSTANCE);
    }

    private static MerchantVisit visit(Player p) {
        return MerchantVisit.of(p);
    }
}
