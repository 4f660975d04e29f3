package org.aden.game.loot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.random.RandomGenerator;
import org.aden.game.actor.Creature;
import org.aden.game.actor.GroundItem;
import org.aden.game.actor.MoveOrder;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.combat.Drops;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemChange;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLedger;
import org.aden.game.item.ItemTemplate;
import org.aden.game.network.server.item.InventoryUpdate;
import org.aden.game.network.server.move.StopMove;
import org.aden.game.network.server.system.ActionFailed;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.world.GetItem;
import org.aden.game.network.server.world.StatusUpdate;
import org.aden.game.world.World;
import org.aden.game.world.move.Headings;
import org.aden.game.world.move.MovePackets;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Items on the ground (world thread): a kill's loot falls around the corpse (DropItem to those who see it, SpawnItem
 * to later arrivals), only the top damage dealer may take it for a while, and it disappears after the decay time. A
 * click on an item walks the player to it and picks it up: the item leaves the ground in the tick the database
 * confirms the inventory row (GetItem, InventoryUpdate, StatusUpdate of the load, the message); a failed write leaves
 * it there.
 */
public final class GroundLoot implements Drops {
    private static final Logger LOG = LogManager.getLogger(GroundLoot.class);
    /** How close a player must be to pick an item up (ours; the client walks right onto it). */
    static final int PICKUP_RANGE = 60;
    /** Re-check of the distance while walking to an item. */
    static final long APPROACH_STEP = 200;
    /** Loot lands within this distance of the corpse (ours). */
    static final int SCATTER = 70;

    private static final int OBTAINED_ADENA = 28;
    private static final int OBTAINED_ITEMS = 29;
    private static final int OBTAINED_ITEM = 30;
    private static final int FAILED_ADENA = 55;
    private static final int FAILED_ITEM = 56;
    private static final int FAILED_ITEMS = 57;
    private static final int TOO_FAR_TO_DISCARD = 151;
    private static final int DROPPED = 298;
    /** How far from the player an item may be dropped (world-items.md §5.1, Mobius). */
    static final int DROP_RANGE = 150;

    static final int DROP_HEIGHT = 50;
    private static final int ITEM_NAME = 3;
    private static final int NUMBER = 1;

    private final World world;
    private final ItemLedger ledger;
    private final IntSupplier ids;
    private final LootSettings settings;
    private final RandomGenerator random;
    /** The item each player is walking to. */
    private final Map<Player, GroundItem> walkingTo = new HashMap<>();

    private LootSharing sharing = LootSharing.NONE;

    public GroundLoot(World world, ItemLedger ledger, IntSupplier ids, LootSettings settings, RandomGenerator random) {
        this.world = world;
        this.ledger = ledger;
        this.ids = ids;
        this.settings = settings;
        this.random = random;
    }

    /** Parties: a party-mate may take a member's loot, and the party's loot rule picks who gets it. */
    public void shareWith(LootSharing sharing) {
        this.sharing = sharing;
    }

    @Override
    public void drop(Npc npc, Player owner) {
        if (npc.isSpoiled()) { // the spoil is rolled at death and waits in the corpse for the sweep
            npc.setSweepItems(
                    DropRoll.spoil(npc.template().rewards().spoils(), npc.level(), owner.level(), settings, random)
                            .stream()
                            .map(l -> new Npc.SweepItem(l.itemId(), l.count()))
                            .toList());
        }
        List<DropRoll.Loot> loot =
                DropRoll.roll(npc.template().rewards(), npc.level(), owner.level(), settings, random);
        for (DropRoll.Loot l : loot) {
            if (!ledger.catalog().contains(l.itemId())) {
                LOG.warn("{} drops unknown item {}; skipped", npc.describe(), l.itemId());
                continue;
            }
            ItemTemplate t = ledger.catalog().get(l.itemId());
            // a non-stackable drop of n is n items (capped: a datapack typo must not flood the ground)
            long pieces = t.stackable() ? 1 : Math.min(l.count(), 50);
            int count = t.stackable() ? (int) Math.min(Integer.MAX_VALUE, l.count()) : 1;
            for (long k = 0; k < pieces; k++) {
                place(npc, owner, t, count);
            }
        }
    }

    /** Puts one item on the ground near the dropper; it falls for those who see it now. */
    public GroundItem place(Creature dropper, Player owner, ItemTemplate t, int count) {
        return scattered(dropper, owner, t, count, 0);
    }

    /** An item that belongs to nobody (a karma drop) on the ground near the dropper, with its enchant level. */
    public GroundItem placeUnowned(Creature dropper, ItemTemplate t, int count, int enchant) {
        return scattered(dropper, null, t, count, enchant);
    }

    private GroundItem scattered(Creature dropper, Player owner, ItemTemplate t, int count, int enchant) {
        double angle = random.nextDouble() * 2 * Math.PI;
        double r = random.nextDouble() * SCATTER;
        return putAt(
                dropper.objectId(),
                owner,
                t,
                count,
                enchant,
                (int) Math.round(dropper.exactX() + Math.cos(angle) * r),
                (int) Math.round(dropper.exactY() + Math.sin(angle) * r),
                dropper.z());
    }

    private GroundItem putAt(int dropperId, Player owner, ItemTemplate t, int count, int enchant, int x, int y, int z) {
        GroundItem g = new GroundItem(ids.getAsInt(), t.itemId(), count, t.stackable(), x, y, z);
        g.setEnchant(enchant);
        g.setDropperId(dropperId);
        if (owner != null) {
            g.protectFor(owner.objectId(), world.now() + settings.ownerPriorityMillis());
        }
        world.spawn(g); // viewers get DropItem (the dropper is set)...
        g.setDropperId(0); // ...and later arrivals SpawnItem
        world.schedule(settings.decayMillis(), () -> decay(g));
        return g;
    }

    /**
     * RequestDropItem: {@code count} of an inventory item goes to a point next to the player once the database no
     * longer has it in the inventory (the reverse of a pick-up: nothing exists twice). Refused (ActionFailed) for
     * quest or non-droppable items, worn items (take them off first) and a point farther than 150 units, or 50 in height (SystemMessage 151).
     */
    public void dropFromInventory(Player p, int objectId, int count, int x, int y, int z) {
        Inventory inv = Inventory.of(p);
        ItemData item = inv.items().stream()
                .filter(i -> i.objectId() == objectId)
                .findFirst()
                .orElse(null);
        ItemTemplate t = item == null ? null : inv.template(item);
        if (p.isDead()
                || item == null
                || item.equipped()
                || t.questItem()
                || !t.rules().droppable()
                || count < 1
                || count > item.count()) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        world.catchUp(p);
        if (Math.hypot(x - p.exactX(), y - p.exactY()) > DROP_RANGE || Math.abs(z - p.exactZ()) > DROP_HEIGHT) {
            p.send(SystemMessage.of(TOO_FAR_TO_DISCARD));
            p.send(ActionFailed.INSTANCE);
            return;
        }
        boolean started = ledger.removeWhenWritten(
                p,
                objectId,
                count,
                ItemLedger.Reason.DROP,
                "ground",
                change -> {
                    putAt(p.objectId(), null, t, count, item.enchantLevel(), x, y, z);
                    sendRemoved(p, item, change);
                    p.send(new SystemMessage(DROPPED, List.of(new SystemMessage.Param(ITEM_NAME, null, t.itemId()))));
                },
                () -> p.send(ActionFailed.INSTANCE));
        if (!started) {
            p.send(ActionFailed.INSTANCE);
        }
    }

    /** InventoryUpdate (removed with its last data, or modified) and the load, after items left the inventory. */
    static void sendRemoved(Player p, ItemData before, ItemChange change) {
        Inventory inv = Inventory.of(p);
        List<InventoryUpdate.Change> changes = new java.util.ArrayList<>();
        for (ItemData i : change.updated()) {
            changes.add(new InventoryUpdate.Change(InventoryUpdate.MODIFIED, inv.entry(i)));
        }
        if (change.deleted().contains(before.objectId())) {
            changes.add(new InventoryUpdate.Change(InventoryUpdate.REMOVED, inv.entry(before)));
        }
        p.send(new InventoryUpdate(changes));
        p.send(new StatusUpdate(p.objectId(), new int[] {StatusUpdate.CUR_LOAD}, new int[] {inv.currentLoad()}));
    }

    /**
     * RequestDestroyItem: {@code count} of an inventory item is gone once the database says so (InventoryUpdate and
     * the load; no message, as in Mobius). Refused for worn, quest and non-destroyable items.
     */
    public void destroy(Player p, int objectId, int count) {
        Inventory inv = Inventory.of(p);
        ItemData item = inv.items().stream()
                .filter(i -> i.objectId() == objectId)
                .findFirst()
                .orElse(null);
        ItemTemplate t = item == null ? null : inv.template(item);
        if (item == null || item.equipped() || t.questItem() || !t.rules().destroyable()) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        boolean started = ledger.removeWhenWritten(
                p,
                objectId,
                count,
                ItemLedger.Reason.DESTROY,
                "",
                change -> sendRemoved(p, item, change),
                () -> p.send(ActionFailed.INSTANCE));
        if (!started) {
            p.send(ActionFailed.INSTANCE);
        }
    }

    private void decay(GroundItem g) {
        if (g.isClaimed()) { // its pick-up is being written: the outcome decides
            world.schedule(1000, () -> decay(g));
            return;
        }
        world.despawn(g); // DeleteObject to its viewers
    }

    /** A click on a ground item: walk there, then pick it up. */
    public void pickUp(Player p, GroundItem g) {
        if (p.isDead() || !g.isSpawned() || p.isSitting()) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        walkingTo.put(p, g);
        approach(p, g);
    }

    /** The player walked off or did something else: forget the item it was walking to. */
    public void cancel(Player p) {
        walkingTo.remove(p);
    }

    private void approach(Player p, GroundItem g) {
        if (walkingTo.get(p) != g) {
            return; // stale timer: the player changed its mind
        }
        if (!g.isSpawned() || p.isDead() || !p.isSpawned()) {
            walkingTo.remove(p);
            p.send(ActionFailed.INSTANCE);
            return;
        }
        world.catchUp(p);
        if (p.isWithin2d(g, PICKUP_RANGE)) {
            walkingTo.remove(p);
            if (p.isMoving()) {
                world.stopMoving(p);
                world.broadcastWithSelf(p, new StopMove(p.objectId(), p.x(), p.y(), p.z(), p.heading()));
            }
            take(p, g);
            return;
        }
        MoveOrder o = p.moveOrder();
        if (o == null || Math.hypot(o.destX() - g.x(), o.destY() - g.y()) > 1) {
            p.setHeading(Headings.fromVector(g.x() - p.exactX(), g.y() - p.exactY()));
            world.startMoving(p, new MoveOrder(g.x(), g.y(), g.z()));
            world.broadcastWithSelf(p, MovePackets.moveToLocation(p));
        }
        world.schedule(APPROACH_STEP, () -> approach(p, g));
    }

    /** Picks the item up if the player may; the ground and the inventory change when the row is written. */
    void take(Player p, GroundItem g) {
        if (g.isClaimed() || !(g.mayBeTakenBy(p.objectId(), world.now()) || sharing.sharesWith(p, g.ownerId()))) {
            p.send(failedMessage(g));
            p.send(ActionFailed.INSTANCE);
            return;
        }
        // the party's loot rule (adena goes to whoever picks it up: splitting it is not done yet)
        Player looter = g.itemId() == DropRoll.ADENA ? p : sharing.looter(p, random);
        Inventory inv = Inventory.of(looter);
        int lack = inv.lackOfRoom(
                looter,
                (long) ledger.catalog().get(g.itemId()).weight() * g.count(),
                inv.slotsFor(g.itemId(), g.count()));
        if (lack != 0) { // 422 weight limit or 129 inventory full
            p.send(SystemMessage.of(lack));
            p.send(ActionFailed.INSTANCE);
            return;
        }
        g.setClaimed(true);
        boolean started = ledger.applyWhenWritten(
                looter,
                List.of(
                        g.enchant() > 0
                                ? ItemLedger.Delta.enchanted(g.itemId(), g.count(), g.enchant())
                                : new ItemLedger.Delta(g.itemId(), g.count())),
                ItemLedger.Reason.PICKUP,
                "ground",
                change -> pickedUp(p, looter, g, change),
                () -> {
                    g.setClaimed(false);
                    LOG.warn(
                            "{} could not pick up {} x{}: the write failed; it stays", p.name(), g.itemId(), g.count());
                    p.send(failedMessage(g));
                    p.send(ActionFailed.INSTANCE);
                });
        if (!started) { // too many of a non-stackable, a stack overflow, or another change of the player in flight
            g.setClaimed(false);
            p.send(failedMessage(g));
            p.send(ActionFailed.INSTANCE);
        }
    }

    private void pickedUp(Player picker, Player p, GroundItem g, ItemChange change) {
        world.broadcast(g, new GetItem(picker.objectId(), g.objectId(), g.x(), g.y(), g.z()));
        if (!g.seenBy().contains(picker)) {
            picker.send(new GetItem(picker.objectId(), g.objectId(), g.x(), g.y(), g.z()));
        }
        world.despawn(g);
        sendAdded(p, change);
        p.send(obtainedMessage(g));
    }

    /** InventoryUpdate (added and modified rows) and the load, after items came into the inventory. */
    static void sendAdded(Player p, ItemChange change) {
        Inventory inv = Inventory.of(p);
        List<InventoryUpdate.Change> changes = new java.util.ArrayList<>();
        for (ItemData i : change.inserted()) {
            changes.add(new InventoryUpdate.Change(InventoryUpdate.ADDED, inv.entry(i)));
        }
        for (ItemData i : change.updated()) {
            changes.add(new InventoryUpdate.Change(InventoryUpdate.MODIFIED, inv.entry(i)));
        }
        p.send(new InventoryUpdate(changes));
        p.send(new StatusUpdate(p.objectId(), new int[] {StatusUpdate.CUR_LOAD}, new int[] {inv.currentLoad()}));
    }

    private static SystemMessage obtainedMessage(GroundItem g) {
        return obtainedMessage(g.itemId(), g.count());
    }

    /** "You have obtained ..." for adena, a stack or one item (28, 29, 30). */
    static SystemMessage obtainedMessage(int itemId, long count) {
        if (itemId == DropRoll.ADENA) {
            return SystemMessage.number(OBTAINED_ADENA, (int) count);
        }
        if (count > 1) {
            return new SystemMessage(
                    OBTAINED_ITEMS,
                    List.of(
                            new SystemMessage.Param(ITEM_NAME, null, itemId),
                            new SystemMessage.Param(NUMBER, null, (int) count)));
        }
        return new SystemMessage(OBTAINED_ITEM, List.of(new SystemMessage.Param(ITEM_NAME, null, itemId)));
    }

    private static SystemMessage failedMessage(GroundItem g) {
        if (g.itemId() == DropRoll.ADENA) {
            return SystemMessage.number(FAILED_ADENA, g.count());
        }
        if (g.count() > 1) {
            return new SystemMessage(
                    FAILED_ITEMS,
                    List.of(
                            new SystemMessage.Param(ITEM_NAME, null, g.itemId()),
                            new SystemMessage.Param(NUMBER, null, g.count())));
        }
        return new SystemMessage(FAILED_ITEM, List.of(new SystemMessage.Param(ITEM_NAME, null, g.itemId())));
    }
}
