package org.aden.game.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLedger;
import org.aden.game.item.ItemTemplate;
import org.aden.game.item.Warehouse;
import org.aden.game.network.client.warehouse.SendWareHouseDepositList;
import org.aden.game.network.client.warehouse.SendWareHouseWithDrawList;
import org.aden.game.network.server.system.ActionFailed;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.warehouse.WareHouseDepositList;
import org.aden.game.network.server.warehouse.WareHouseItem;
import org.aden.game.network.server.warehouse.WareHouseWithdrawalList;
import org.aden.game.network.server.world.StatusUpdate;
import org.aden.game.world.World;

/**
 * The private warehouse (docs/protocol/npc-services.md §2), on the world thread: a keeper's dialog opens the deposit
 * or the withdrawal window; what the client sends back is checked against the open window, the keeper's distance,
 * the items, the fee, the weight and the slots, then moved as one {@link ItemLedger} change.
 */
public final class Warehouses {
    /** 30 adena per item line deposited (aCis, Mobius and C6 agree). */
    static final long FEE_PER_LINE = 30;
    /** How near the keeper a player must stay (as for merchants). */
    static final int KEEPER_RANGE = 250;

    static final int NOTHING_DEPOSITED = 282;
    static final int NOT_ENOUGH_ADENA = 279;
    static final int ADENA = 57;

    private final World world;
    private final ItemLedger ledger;

    public Warehouses(World world, ItemLedger ledger) {
        this.world = world;
        this.ledger = ledger;
    }

    /** The window a player has open at a keeper. A player component; world thread only. */
    static final class Visit {
        int keeper;
        boolean depositing;
    }

    private static Visit visit(Player p) {
        return p.component(Visit.class, Visit::new);
    }

    public void showDeposit(Player p, Npc keeper) {
        Inventory inv = Inventory.of(p);
        List<WareHouseItem> items = new ArrayList<>();
        for (ItemData i : inv.items()) {
            ItemTemplate t = inv.template(i);
            if (!i.equipped() && t.rules().depositable() && !t.questItem()) {
                items.add(shown(i, t));
            }
        }
        Visit v = visit(p);
        v.keeper = keeper.objectId();
        v.depositing = true;
        p.send(ActionFailed.INSTANCE);
        p.send(new WareHouseDepositList(WareHouseDepositList.PRIVATE, ledger.count(p, ADENA), items));
    }

    public void showWithdraw(Player p, Npc keeper) {
        List<ItemData> kept = Warehouse.of(p).items();
        p.send(ActionFailed.INSTANCE);
        if (kept.isEmpty()) {
            p.send(SystemMessage.of(NOTHING_DEPOSITED));
            return;
        }
        List<WareHouseItem> items = new ArrayList<>();
        for (ItemData i : kept) {
            items.add(shown(i, ledger.catalog().get(i.itemId())));
        }
        Visit v = visit(p);
        v.keeper = keeper.objectId();
        v.depositing = false;
        p.send(new WareHouseWithdrawalList(WareHouseDepositList.PRIVATE, ledger.count(p, ADENA), items));
    }

    public void deposit(Player p, SendWareHouseDepositList r) {
        Visit v = visit(p);
        if (!v.depositing || !keeperNear(p, v)) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        Inventory inv = Inventory.of(p);
        for (int objectId : r.counts().keySet()) {
            ItemData i = find(inv.items(), objectId);
            if (i == null
                    || !inv.template(i).rules().depositable()
                    || inv.template(i).questItem()) {
                p.send(ActionFailed.INSTANCE); // not offered in the window
                return;
            }
        }
        long fee = FEE_PER_LINE * r.counts().size();
        if (ledger.count(p, ADENA) < fee + adenaDeposited(inv.items(), r.counts())) {
            p.send(SystemMessage.of(NOT_ENOUGH_ADENA));
            p.send(ActionFailed.INSTANCE);
            return;
        }
        List<ItemData> before = inv.items();
        if (!ledger.moveToWarehouse(p, moves(r.counts()), fee)) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        changed(p, before);
    }

    public void withdraw(Player p, SendWareHouseWithDrawList r) {
        Visit v = visit(p);
        if (v.depositing || v.keeper == 0 || !keeperNear(p, v)) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        Inventory inv = Inventory.of(p);
        long weight = 0;
        int slots = 0;
        for (Map.Entry<Integer, Integer> e : r.counts().entrySet()) {
            ItemData i = find(Warehouse.of(p).items(), e.getKey());
            if (i == null) {
                p.send(ActionFailed.INSTANCE);
                return;
            }
            weight += (long) ledger.catalog().get(i.itemId()).weight() * e.getValue();
            slots += inv.slotsFor(i.itemId(), e.getValue());
        }
        int noRoom = inv.lackOfRoom(p, weight, slots);
        if (noRoom != 0) {
            p.send(SystemMessage.of(noRoom));
            p.send(ActionFailed.INSTANCE);
            return;
        }
        List<ItemData> before = inv.items();
        if (!ledger.moveFromWarehouse(p, moves(r.counts()), 0)) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        changed(p, before);
    }

    /** Adena put into the warehouse counts against what pays the fee. */
    private static long adenaDeposited(List<ItemData> items, Map<Integer, Integer> counts) {
        long n = 0;
        for (ItemData i : items) {
            if (i.itemId() == ADENA && counts.containsKey(i.objectId())) {
                n += counts.get(i.objectId());
            }
        }
        return n;
    }

    private static List<ItemLedger.Move> moves(Map<Integer, Integer> counts) {
        List<ItemLedger.Move> out = new ArrayList<>();
        counts.forEach((objectId, count) -> out.add(new ItemLedger.Move(objectId, count)));
        return out;
    }

    /** InventoryUpdate of what the move changed in the bag (both references answer so), then the load. */
    private void changed(Player p, List<ItemData> before) {
        Inventory inv = Inventory.of(p);
        p.send(inv.changesSince(before));
        p.send(new StatusUpdate(p.objectId(), new int[] {StatusUpdate.CUR_LOAD}, new int[] {inv.currentLoad()}));
    }

    private boolean keeperNear(Player p, Visit v) {
        boolean near = v.keeper != 0
                && !p.isDead()
                && world.object(v.keeper) instanceof Npc n
                && n.isSpawned()
                && p.isWithin2d(n, KEEPER_RANGE);
        if (!near) {
            v.keeper = 0;
        }
        return near;
    }

    private static ItemData find(List<ItemData> items, int objectId) {
        for (ItemData i : items) {
            if (i.objectId() == objectId) {
                return i;
            }
        }
        return null;
    }

    private static WareHouseItem shown(ItemData i, ItemTemplate t) {
        return new WareHouseItem(
                t.type1(), i.objectId(), i.itemId(), i.count(), t.type2(), t.bodyPart(), i.enchantLevel());
    }
}
