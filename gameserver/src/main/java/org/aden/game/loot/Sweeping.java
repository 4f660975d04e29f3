package org.aden.game.loot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
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
 * Sweeper on a spoiled corpse (world thread; facts from Mobius Sweeper, ConditionPlayerCanSweep and
 * Party.distributeItem): only the spoiler or a party-mate may sweep (683 otherwise), an unspoiled corpse gives 343, a
 * full bag or too much weight refuses it; a party whose loot rule includes spoil hands each item to the rule's member
 * (one ledger change per member, reason SWEEP), the other rules leave it all to the sweeper (one change). The spoil
 * rolled at death leaves the corpse at once, so it is swept only once; a failed write puts it back into the corpse
 * while it lies there (Sweeper consumes it at once, so the spoil is then lost, never doubled).
 */
public final class Sweeping implements SkillEffects.Sweeper {
    private static final Logger LOG = LogManager.getLogger(Sweeping.class);
    static final int NOT_SPOILED = 343;
    static final int NO_SWEEP_RIGHTS = 683;

    private final ItemLedger ledger;
    private final RandomGenerator random;
    private LootSharing sharing = LootSharing.NONE;

    public Sweeping(ItemLedger ledger, RandomGenerator random) {
        this.ledger = ledger;
        this.random = random;
    }

    /** Parties: a party-mate of the spoiler may sweep too, and a rule "including spoil" shares the items. */
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
        int lack = lackOfRoom(p, corpse.sweepItems());
        if (lack != 0) { // 422 weight limit or 129 inventory full
            p.send(SystemMessage.of(lack));
            return false;
        }
        return true;
    }

    /** The message that the items would not fit (weight or slots), 0 when they do. */
    private int lackOfRoom(Player p, List<Npc.SweepItem> items) {
        Inventory inv = Inventory.of(p);
        long weight = 0;
        int slots = 0;
        for (Npc.SweepItem i : items) {
            if (ledger.catalog().contains(i.itemId())) {
                weight += (long) ledger.catalog().get(i.itemId()).weight() * i.count();
                slots += inv.slotsFor(i.itemId(), i.count());
            }
        }
        return inv.lackOfRoom(p, weight, slots);
    }

    @Override
    public void sweep(Player p, Npc corpse) {
        if (!maySweep(p, corpse)) {
            return;
        }
        List<Npc.SweepItem> items = corpse.takeSweepItems().stream()
                .filter(i -> ledger.catalog().contains(i.itemId()))
                .toList();
        // the party's rule may hand each item to another member; one without room keeps it with the sweeper
        Map<Player, List<Npc.SweepItem>> byLooter = new LinkedHashMap<>();
        for (Npc.SweepItem i : items) {
            Player looter = sharing.spoilLooter(p, random);
            if (looter != p && lackOfRoom(looter, List.of(i)) != 0) {
                looter = p;
            }
            byLooter.computeIfAbsent(looter, k -> new ArrayList<>()).add(i);
        }
        byLooter.forEach((looter, share) -> give(looter, corpse, share));
    }

    /** One ledger change for one member's share of the sweep. */
    private void give(Player looter, Npc corpse, List<Npc.SweepItem> share) {
        List<ItemLedger.Delta> deltas = share.stream()
                .map(i -> new ItemLedger.Delta(i.itemId(), i.count()))
                .toList();
        boolean started = ledger.applyWhenWritten(
                looter,
                deltas,
                ItemLedger.Reason.SWEEP,
                "npc:" + corpse.templateId(),
                change -> swept(looter, share, change),
                () -> putBack(looter, corpse, share));
        if (!started) {
            putBack(looter, corpse, share);
        }
    }

    private static void putBack(Player p, Npc corpse, List<Npc.SweepItem> items) {
        LOG.warn("{} could not take its sweep of {}: the items go back into the corpse", p.name(), corpse.describe());
        if (corpse.isSpawned() && corpse.isDead()) {
            List<Npc.SweepItem> back = new ArrayList<>(corpse.sweepItems());
            back.addAll(items);
            corpse.setSweepItems(back);
        }
    }

    private static void swept(Player p, List<Npc.SweepItem> items, ItemChange change) {
        GroundLoot.sendAdded(p, change);
        for (Npc.SweepItem i : items) {
            p.send(GroundLoot.obtainedMessage(i.itemId(), i.count()));
        }
    }
}
