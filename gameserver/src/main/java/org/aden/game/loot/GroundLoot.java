package org.aden.game.loot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.random.RandomGenerator;
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
 * to later arrivals), only the killer may take it for a while, and it disappears after the decay time. A click on
 * an item walks the player to it and picks it up: the item leaves the ground in the tick the database confirms the
 * inventory row (GetItem, InventoryUpdate, StatusUpdate of the load, the message); a failed write leaves it there.
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
    private static final int INVENTORY_FULL = 129;
    private static final int ITEM_NAME = 3;
    private static final int NUMBER = 1;

    private final World world;
    private final ItemLedger ledger;
    private final IntSupplier ids;
    private final LootSettings settings;
    private final RandomGenerator random;
    /** The item each player is walking to. */
    private final Map<Player, GroundItem> walkingTo = new HashMap<>();

    public GroundLoot(World world, ItemLedger ledger, IntSupplier ids, LootSettings settings, RandomGenerator random) {
        this.world = world;
        this.ledger = ledger;
        this.ids = ids;
        this.settings = settings;
        this.random = random;
    }

    @Override
    public void drop(Npc npc, Player killer) {
        List<DropRoll.Loot> loot =
                DropRoll.roll(npc.template().rewards(), npc.level(), killer.level(), settings, random);
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
                place(npc, killer, t, count);
            }
        }
    }

    /** Puts one item on the ground near the dropper; it falls for those who see it now. */
    public GroundItem place(Npc dropper, Player owner, ItemTemplate t, int count) {
        double angle = random.nextDouble() * 2 * Math.PI;
        double r = random.nextDouble() * SCATTER;
        GroundItem g = new GroundItem(
                ids.getAsInt(),
                t.itemId(),
                count,
                t.stackable(),
                (int) Math.round(dropper.exactX() + Math.cos(angle) * r),
                (int) Math.round(dropper.exactY() + Math.sin(angle) * r),
                dropper.z());
        g.setDropperId(dropper.objectId());
        if (owner != null) {
            g.protectFor(owner.objectId(), world.now() + settings.ownerPriorityMillis());
        }
        world.spawn(g); // viewers get DropItem (the dropper is set)...
        g.setDropperId(0); // ...and later arrivals SpawnItem
        world.schedule(settings.decayMillis(), () -> decay(g));
        return g;
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
        if (g.isClaimed() || !g.mayBeTakenBy(p.objectId(), world.now())) {
            p.send(failedMessage(g));
            p.send(ActionFailed.INSTANCE);
            return;
        }
        Inventory inv = Inventory.of(p);
        if (inv.needsSlot(ledger.catalog().get(g.itemId())) && inv.slotsUsed() >= Inventory.slotLimit(p)) {
            p.send(SystemMessage.of(INVENTORY_FULL));
            p.send(ActionFailed.INSTANCE);
            return;
        }
        g.setClaimed(true);
        boolean started = ledger.applyWhenWritten(
                p,
                List.of(new ItemLedger.Delta(g.itemId(), g.count())),
                ItemLedger.Reason.PICKUP,
                "ground",
                change -> pickedUp(p, g, change),
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

    private void pickedUp(Player p, GroundItem g, ItemChange change) {
        world.broadcast(g, new GetItem(p.objectId(), g.objectId(), g.x(), g.y(), g.z()));
        if (!g.seenBy().contains(p)) {
            p.send(new GetItem(p.objectId(), g.objectId(), g.x(), g.y(), g.z()));
        }
        world.despawn(g);
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
        p.send(obtainedMessage(g));
    }

    private static SystemMessage obtainedMessage(GroundItem g) {
        if (g.itemId() == DropRoll.ADENA) {
            return SystemMessage.number(OBTAINED_ADENA, g.count());
        }
        if (g.count() > 1) {
            return new SystemMessage(
                    OBTAINED_ITEMS,
                    List.of(
                            new SystemMessage.Param(ITEM_NAME, null, g.itemId()),
                            new SystemMessage.Param(NUMBER, null, g.count())));
        }
        return new SystemMessage(OBTAINED_ITEM, List.of(new SystemMessage.Param(ITEM_NAME, null, g.itemId())));
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
