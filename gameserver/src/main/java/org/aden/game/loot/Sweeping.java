package org.aden.game.loot;

import java.util.List;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.cast.SkillEffects;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemChange;
import org.aden.game.item.ItemLedger;
import org.aden.game.network.server.system.SystemMessage;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Sweeper on a spoiled corpse (world thread; facts from Mobius Sweeper and ConditionPlayerCanSweep): only the
 * spoiler or a party-mate may sweep (683 otherwise), an unspoiled corpse gives 343, a full bag or too much weight
 * refuses it. The spoil rolled at death leaves the corpse at once, so it is swept only once, and goes to the sweeper's
 * inventory as one ledger change (reason SWEEP); a failed write puts it back into the corpse while it lies there
 * (Sweeper consumes it at once, so the spoil is then lost, never doubled).
 */
public final class Sweeping implements SkillEffects.Sweeper {
    private static final Logger LOG = LogManager.getLogger(Sweeping.class);
    static final int NOT_SPOILED = 343;
    static final int NO_SWEEP_RIGHTS = 683;

    private final ItemLedger ledger;
    private LootSharing sharing = LootSharing.NONE;

    public Sweeping(ItemLedger ledger) {
        this.ledger = ledger;
    }

    /** Parties: a party-mate of the spoiler may sweep too. */
    public void shareWith(LootSharing sharing) {
        this.sharing = sharing;
    }

    @Override
    public boolean maySweep(Player p, Npc corpse) {
        if (!corpse.isDead() || !corpse.isSpoiled() || !corpse.hasSweepItems()) {
            p.send(SystemMessage.of(NOT_SPOILED));
            return false;
        }
        if (corpse.spoilerId() != p.objectId() && !sharing.sharesWith(p, corpse.spoilerId())) {
            p.send(SystemMessage.of(NO_SWEEP_RIGHTS));
            return false;
        }
        Inventory inv = Inventory.of(p);
        long weight = 0;
        int slots = 0;
        for (Npc.SweepItem i : corpse.sweepItems()) {
            if (ledger.catalog().contains(i.itemId())) {
                weight += (long) ledger.catalog().get(i.itemId()).weight() * i.count();
                slots += inv.slotsFor(i.itemId(), i.count());
            }
        }
        int lack = inv.lackOfRoom(p, weight, slots);
        if (lack != 0) { // 422 weight limit or 129 inventory full
            p.send(SystemMessage.of(lack));
            return false;
        }
        return true;
    }

    @Override
    public void sweep(Player p, Npc corpse) {
        if (!maySweep(p, corpse)) {
            return;
        }
        List<Npc.SweepItem> items = corpse.takeSweepItems().stream()
                .filter(i -> ledger.catalog().contains(i.itemId()))
                .toList();
        if (items.isEmpty()) {
            return;
        }
        List<ItemLedger.Delta> deltas = items.stream()
                .map(i -> new ItemLedger.Delta(i.itemId(), i.count()))
                .toList();
        boolean started = ledger.applyWhenWritten(
                p,
                deltas,
                ItemLedger.Reason.SWEEP,
                "npc:" + corpse.templateId(),
                change -> swept(p, items, change),
                () -> putBack(p, corpse, items));
        if (!started) {
            putBack(p, corpse, items);
        }
    }

    private static void putBack(Player p, Npc corpse, List<Npc.SweepItem> items) {
        LOG.warn("{} could not sweep {}: the items stay in the corpse", p.name(), corpse.describe());
        if (corpse.isSpawned() && !corpse.hasSweepItems()) {
            corpse.setSweepItems(items);
        }
    }

    private static void swept(Player p, List<Npc.SweepItem> items, ItemChange change) {
        GroundLoot.sendAdded(p, change);
        for (Npc.SweepItem i : items) {
            p.send(GroundLoot.obtainedMessage(i.itemId(), i.count()));
        }
    }
}
