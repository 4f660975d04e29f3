package org.aden.game.loot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.aden.common.net.PacketReader;
import org.aden.game.TestData;
import org.aden.game.actor.GroundItem;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.combat.Combat;
import org.aden.game.combat.Deaths;
import org.aden.game.item.ItemChange;
import org.aden.game.item.ItemLedger;
import org.aden.game.move.Teleports;
import org.aden.game.network.server.item.InventoryUpdate;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.world.DeleteObject;
import org.aden.game.network.server.world.DropItem;
import org.aden.game.network.server.world.GetItem;
import org.aden.game.network.server.world.SpawnItem;
import org.aden.game.network.server.world.StatusUpdate;
import org.aden.game.npc.NpcTemplate;
import org.aden.game.stat.PlayerStats;
import org.aden.game.world.RecordingSink;
import org.aden.game.world.WorldFixture;
import org.junit.jupiter.api.Test;

/** Loot on a fake clock: a kill drops, others see it fall, the killer's priority, decay, pick-up and its write. */
class LootWorldTest {
    static final NpcTemplate WOLF = TestData.world().npcs().get(20120).orElseThrow();
    static final int ADENA = 57;
    static final int SWORD = 13; // Short Sword: not stackable

    final WorldFixture fx = new WorldFixture();
    final AtomicInteger ids = new AtomicInteger(0x30000000);
    /** The store's answer to the next writes: completed at once unless a test holds them. */
    final List<CompletableFuture<Void>> held = new ArrayList<>();

    final List<ItemChange> written = new ArrayList<>();
    boolean failWrites;
    boolean holdWrites;
    final ItemLedger ledger = new ItemLedger(
            TestData.world().items(),
            ids::incrementAndGet,
            c -> {
                if (failWrites) {
                    return CompletableFuture.failedFuture(new IllegalStateException("disk full"));
                }
                written.add(c);
                if (holdWrites) {
                    CompletableFuture<Void> f = new CompletableFuture<>();
                    held.add(f);
                    return f;
                }
                return CompletableFuture.completedFuture(null);
            },
            fx.world::submit,
            fx.clock);
    final LootSettings settings = new LootSettings(15_000, 60_000, 10_000, false, 10);
    final GroundLoot loot = new GroundLoot(fx.world, ledger, ids::incrementAndGet, settings, new Random(4));

    {
        fx.actions.setInteraction((p, o) -> {
            if (o instanceof GroundItem g) {
                loot.pickUp(p, g);
            }
        });
        fx.actions.onPlayerMove(loot::cancel);
    }

    Npc wolf(int x, int y) {
        Npc n = new Npc(ids.incrementAndGet(), WOLF, x, y, -3000, 0);
        fx.world.spawn(n);
        return n;
    }

    GroundItem drop(Npc n, Player owner, int itemId, int count) {
        return loot.place(n, owner, TestData.world().items().get(itemId), count);
    }

    static int intAt(byte[] b, int offset) {
        return new PacketReader(b, offset, 4).readD();
    }

    @Test
    void aKillDropsItsLootAroundTheCorpseForThoseWhoSeeIt() {
        Combat combat = new Combat(fx.world, fx.actions, new Random(7));
        new Deaths(
                fx.world,
                combat,
                TestData.world().experience(),
                new PlayerStats(TestData.world().characterTemplates()),
                new Teleports(fx.world, fx.actions),
                TestData.world().mapRegions(),
                loot);
        fx.actions.setInteraction(combat::playerAttacks);
        Player hunter = fx.player("Hunter", 0, 0);
        Player onlooker = fx.player("Onlooker", 200, 200);
        Npc w = wolf(40, 0);
        w.setCurHp(1); // the first hit kills
        fx.actions.action(hunter, w.objectId());
        fx.actions.action(hunter, w.objectId());
        fx.ticks(100);
        assertTrue(w.isDead());
        RecordingSink seen = fx.sink(onlooker);
        List<byte[]> drops = seen.withOpcode(DropItem.OPCODE);
        assertFalse(drops.isEmpty(), "the onlooker sees loot fall (x100 chances: adena and the sword are sure)");
        for (byte[] d : drops) {
            assertEquals(w.objectId(), intAt(d, 1), "dropped by the wolf");
            GroundItem g = (GroundItem) fx.world.object(intAt(d, 5));
            assertNotNull(g, "a world object");
            assertTrue(Math.hypot(g.x() - w.x(), g.y() - w.y()) <= GroundLoot.SCATTER + 1, "near the corpse");
            assertFalse(g.mayBeTakenBy(onlooker.objectId(), fx.world.now()), "the killer's for now");
            assertTrue(g.mayBeTakenBy(hunter.objectId(), fx.world.now()));
        }
        assertTrue(drops.stream().anyMatch(d -> intAt(d, 9) == ADENA));
        assertEquals(drops.size(), fx.sink(hunter).count(DropItem.OPCODE), "the killer sees the same");
        assertEquals(0, seen.count(SpawnItem.OPCODE), "no SpawnItem for the drop itself");

        Player late = fx.player("Late", 300, 0);
        RecordingSink lateSink = fx.sink(late);
        assertEquals(drops.size(), lateSink.count(SpawnItem.OPCODE), "a later arrival sees the items lying there");
        assertEquals(0, lateSink.count(DropItem.OPCODE));
    }

    @Test
    void theLootIsForWhoeverDealtTheMostDamageNotTheLastHit() {
        Combat combat = new Combat(fx.world, fx.actions, new Random(7));
        new Deaths(
                fx.world,
                combat,
                TestData.world().experience(),
                new PlayerStats(TestData.world().characterTemplates()),
                new Teleports(fx.world, fx.actions),
                TestData.world().mapRegions(),
                loot);
        fx.actions.setInteraction(combat::playerAttacks);
        Player helper = fx.player("Helper", 0, 50);
        Player finisher = fx.player("Finisher", 0, 0);
        Npc w = wolf(40, 0);
        w.recordDamage(helper.objectId(), 1000); // the helper did the hard work
        w.setCurHp(1);
        fx.actions.action(finisher, w.objectId());
        fx.actions.action(finisher, w.objectId());
        fx.ticks(100);
        assertTrue(w.isDead());
        List<byte[]> drops = fx.sink(helper).withOpcode(DropItem.OPCODE);
        assertFalse(drops.isEmpty());
        for (byte[] d : drops) {
            GroundItem g = (GroundItem) fx.world.object(intAt(d, 5));
            assertTrue(g.mayBeTakenBy(helper.objectId(), fx.world.now()), "the top damage dealer's");
            assertFalse(g.mayBeTakenBy(finisher.objectId(), fx.world.now()), "not the last hitter's");
        }
    }

    @Test
    void thePickerWalksToTheItemAndGetsItWhenTheRowIsWritten() {
        Player picker = fx.player("Picker", 0, 0);
        Player other = fx.player("Other", -100, 0);
        Npc w = wolf(400, 0);
        GroundItem g = drop(w, picker, ADENA, 25);
        fx.clearSinks();
        fx.actions.action(picker, g.objectId());
        fx.ticks(2);
        assertTrue(picker.isMoving(), "walks to the item");
        fx.ticks(100);
        assertFalse(g.isSpawned(), "picked up");
        assertTrue(picker.isWithin2d(g, GroundLoot.PICKUP_RANGE));
        assertEquals(25, ledger.count(picker, ADENA));
        assertEquals(1, written.size(), "one transaction");
        assertEquals(1, written.get(0).log().size(), "with its ledger line");
        var line = written.get(0).log().get(0);
        assertEquals(
                List.of(picker.objectId(), ADENA, 25L, "ground", ItemLedger.Reason.PICKUP),
                List.of(line.charId(), line.itemId(), line.count(), line.counterpart(), line.reason()));
        assertEquals(1, fx.sink(other).countAbout(GetItem.OPCODE, picker.objectId()), "others see the pick-up");
        RecordingSink sink = fx.sink(picker);
        assertEquals(1, sink.countAbout(GetItem.OPCODE, picker.objectId()));
        byte[] update = sink.withOpcode(InventoryUpdate.OPCODE).get(0);
        assertEquals(1, new PacketReader(update, 1, 2).readH(), "one entry");
        assertEquals(InventoryUpdate.ADDED, new PacketReader(update, 3, 2).readH());
        assertEquals(ADENA, intAt(update, 3 + 2 + 6), "item id of the record");
        assertEquals(25, intAt(update, 3 + 2 + 10), "count of the record");
        byte[] load = sink.withOpcode(StatusUpdate.OPCODE).get(0);
        assertEquals(StatusUpdate.CUR_LOAD, intAt(load, 9));
        byte[] msg = sink.withOpcode(SystemMessage.OPCODE).get(0);
        assertEquals(28, intAt(msg, 1), "You have obtained $s1 adena");

        // a second pile stacks onto the first: the same row, modified
        GroundItem second = drop(w, picker, ADENA, 10);
        fx.clearSinks();
        fx.actions.action(picker, second.objectId());
        fx.ticks(100);
        assertEquals(35, ledger.count(picker, ADENA));
        assertEquals(1, org.aden.game.item.Inventory.of(picker).items().size(), "one adena stack");
        byte[] modified = fx.sink(picker).withOpcode(InventoryUpdate.OPCODE).get(0);
        assertEquals(InventoryUpdate.MODIFIED, new PacketReader(modified, 3, 2).readH());
        assertEquals(35, intAt(modified, 3 + 2 + 10));
        assertEquals(1, written.get(1).updated().size());
    }

    @Test
    void onlyTheKillerMayTakeItUntilThePriorityRunsOut() {
        Player killer = fx.player("Killer", 0, 0);
        Player thief = fx.player("Thief", 10, 0);
        Npc w = wolf(20, 0);
        GroundItem g = drop(w, killer, SWORD, 1);
        fx.actions.action(thief, g.objectId());
        fx.ticks(5);
        assertTrue(g.isSpawned(), "refused");
        byte[] msg = fx.sink(thief).withOpcode(SystemMessage.OPCODE).get(0);
        assertEquals(56, intAt(msg, 1), "You have failed to pick up $s1");
        assertEquals(0, ledger.count(thief, SWORD));
        fx.ticks(160); // 16 s
        fx.actions.action(thief, g.objectId());
        fx.ticks(5);
        assertFalse(g.isSpawned());
        assertEquals(1, ledger.count(thief, SWORD), "anyone's after game.loot.owner-priority");
    }

    @Test
    void aFailedWriteLeavesTheItemOnTheGround() {
        Player p = fx.player("Unlucky", 0, 0);
        Npc w = wolf(20, 0);
        GroundItem g = drop(w, p, ADENA, 7);
        failWrites = true;
        fx.actions.action(p, g.objectId());
        fx.ticks(5);
        assertTrue(g.isSpawned(), "still on the ground");
        assertFalse(g.isClaimed());
        assertEquals(0, ledger.count(p, ADENA), "and not in the inventory");
        assertEquals(0, fx.sink(p).count(GetItem.OPCODE));
        assertEquals(55, intAt(fx.sink(p).withOpcode(SystemMessage.OPCODE).get(0), 1));
        failWrites = false;
        fx.actions.action(p, g.objectId());
        fx.ticks(5);
        assertFalse(g.isSpawned(), "a later try works");
        assertEquals(7, ledger.count(p, ADENA));
    }

    @Test
    void whileTheWriteIsPendingTheItemStaysAndNobodyElseGetsIt() {
        Player p = fx.player("Patient", 0, 0);
        Player q = fx.player("Quick", 5, 0);
        Npc w = wolf(20, 0);
        GroundItem g = drop(w, null, ADENA, 3);
        holdWrites = true;
        fx.actions.action(p, g.objectId());
        fx.ticks(3);
        assertTrue(g.isSpawned() && g.isClaimed(), "waiting for the database");
        assertEquals(0, ledger.count(p, ADENA), "the inventory changes only with the write");
        fx.actions.action(q, g.objectId());
        fx.ticks(3);
        assertEquals(0, ledger.count(q, ADENA));
        assertEquals(1, written.size(), "no second write for the same item");
        held.get(0).complete(null);
        fx.ticks(1);
        assertFalse(g.isSpawned());
        assertEquals(3, ledger.count(p, ADENA));
        assertEquals(0, ledger.count(q, ADENA));
    }

    static org.aden.game.actor.CharacterStats withMaxLoad(org.aden.game.actor.CharacterStats s, int maxLoad) {
        return new org.aden.game.actor.CharacterStats(
                s.str(),
                s.dex(),
                s.con(),
                s.intel(),
                s.wit(),
                s.men(),
                s.maxHp(),
                s.maxMp(),
                s.maxCp(),
                s.pAtk(),
                s.pAtkSpd(),
                s.pDef(),
                s.evasion(),
                s.accuracy(),
                s.critical(),
                s.mAtk(),
                s.mAtkSpd(),
                s.mDef(),
                s.runSpeed(),
                s.walkSpeed(),
                s.swimSpeed(),
                maxLoad,
                s.collisionRadius(),
                s.collisionHeight());
    }

    @Test
    void aTooHeavyItemStaysOnTheGround() {
        Player p = fx.player("Weakling", 0, 0);
        p.setStats(withMaxLoad(p.stats(), 10));
        GroundItem sword = drop(wolf(20, 0), p, SWORD, 1);
        fx.actions.action(p, sword.objectId());
        fx.ticks(5);
        assertTrue(sword.isSpawned());
        assertEquals(422, intAt(fx.sink(p).withOpcode(SystemMessage.OPCODE).get(0), 1), "weight limit exceeded");
    }

    @Test
    void aFullInventoryTakesNoNewItemButStillStacks() {
        Player p = fx.player("Hoarder", 0, 0);
        assertTrue(ledger.apply(p, List.of(new ItemLedger.Delta(ADENA, 1), new ItemLedger.Delta(SWORD, 79))));
        p.setStats(withMaxLoad(p.stats(), 10_000_000)); // slots, not weight, are the limit here
        Npc w = wolf(20, 0);
        GroundItem sword = drop(w, p, SWORD, 1);
        fx.actions.action(p, sword.objectId());
        fx.ticks(5);
        assertTrue(sword.isSpawned(), "80 of 80 slots used");
        assertEquals(129, intAt(fx.sink(p).withOpcode(SystemMessage.OPCODE).get(0), 1), "inventory full");
        GroundItem adena = drop(w, p, ADENA, 5);
        fx.actions.action(p, adena.objectId());
        fx.ticks(5);
        assertFalse(adena.isSpawned(), "adena joins the existing stack: no slot needed");
        assertEquals(6, ledger.count(p, ADENA));
    }

    @Test
    void aDroppedStackLandsWhereThePlayerPutItOnceTheInventoryRowIsWritten() {
        Player dropper = fx.player("Dropper", 0, 0);
        Player finder = fx.player("Finder", 100, 100);
        assertTrue(ledger.apply(dropper, List.of(new ItemLedger.Delta(ADENA, 100))));
        int stack = org.aden.game.item.Inventory.of(dropper).items().get(0).objectId();
        written.clear();
        fx.clearSinks();
        loot.dropFromInventory(dropper, stack, 40, 60, 0, -3000);
        fx.ticks(1);
        assertEquals(60, ledger.count(dropper, ADENA));
        byte[] fell = fx.sink(finder).withOpcode(DropItem.OPCODE).get(0);
        assertEquals(dropper.objectId(), intAt(fell, 1), "falls from the player");
        assertEquals(
                List.of(ADENA, 60, 0, -3000, 40),
                List.of(intAt(fell, 9), intAt(fell, 13), intAt(fell, 17), intAt(fell, 21), intAt(fell, 29)));
        byte[] update = fx.sink(dropper).withOpcode(InventoryUpdate.OPCODE).get(0);
        assertEquals(InventoryUpdate.MODIFIED, new PacketReader(update, 3, 2).readH());
        assertEquals(60, intAt(update, 3 + 2 + 10));
        assertEquals(
                298, intAt(fx.sink(dropper).withOpcode(SystemMessage.OPCODE).get(0), 1), "You have dropped");
        var line = written.get(0).log().get(0);
        assertEquals(List.of(ADENA, -40L, ItemLedger.Reason.DROP), List.of(line.itemId(), line.count(), line.reason()));
        // nobody's: anyone may take it at once
        GroundItem g = (GroundItem) fx.world.object(intAt(fell, 5));
        fx.actions.action(finder, g.objectId());
        fx.ticks(30);
        assertEquals(40, ledger.count(finder, ADENA));
    }

    @Test
    void aDropTooFarAwayOrOfAWornItemChangesNothing() {
        Player p = fx.player("Careful", 0, 0);
        assertTrue(ledger.apply(p, List.of(new ItemLedger.Delta(ADENA, 10))));
        int stack = org.aden.game.item.Inventory.of(p).items().get(0).objectId();
        fx.clearSinks();
        loot.dropFromInventory(p, stack, 5, 400, 0, -3000);
        fx.ticks(1);
        assertEquals(151, intAt(fx.sink(p).withOpcode(SystemMessage.OPCODE).get(0), 1), "too far to discard");
        loot.dropFromInventory(p, stack, 11, 10, 0, -3000);
        loot.dropFromInventory(p, 12345, 1, 10, 0, -3000);
        fx.ticks(1);
        assertEquals(10, ledger.count(p, ADENA));
        assertEquals(0, fx.sink(p).count(InventoryUpdate.OPCODE));
        assertEquals(3, fx.sink(p).count(org.aden.game.network.server.system.ActionFailed.OPCODE));
    }

    @Test
    void aDroppedEnchantedSwordIsPickedUpWithItsEnchantLevel() {
        Player owner = fx.player("Owner", 0, 0);
        Player finder = fx.player("Finder", 20, 0);
        assertTrue(ledger.apply(owner, List.of(ItemLedger.Delta.enchanted(SWORD, 1, 3))));
        int sword = org.aden.game.item.Inventory.of(owner).items().get(0).objectId();
        fx.clearSinks();
        loot.dropFromInventory(owner, sword, 1, 10, 0, -3000);
        fx.ticks(1);
        assertTrue(org.aden.game.item.Inventory.of(owner).items().isEmpty());
        GroundItem g = (GroundItem) fx.world.object(
                intAt(fx.sink(finder).withOpcode(DropItem.OPCODE).get(0), 5));
        assertEquals(3, g.enchant());
        fx.actions.action(finder, g.objectId());
        fx.ticks(10);
        var picked = org.aden.game.item.Inventory.of(finder).items();
        assertEquals(1, picked.size());
        assertEquals(SWORD, picked.get(0).itemId());
        assertEquals(3, picked.get(0).enchantLevel(), "+3 before, +3 after");
    }

    @Test
    void aDestroyedItemIsRemovedWithItsLastData() {
        Player p = fx.player("Tidy", 0, 0);
        assertTrue(ledger.apply(p, List.of(new ItemLedger.Delta(SWORD, 1))));
        int sword = org.aden.game.item.Inventory.of(p).items().get(0).objectId();
        written.clear();
        fx.clearSinks();
        loot.destroy(p, sword, 1);
        fx.ticks(1);
        assertTrue(org.aden.game.item.Inventory.of(p).items().isEmpty());
        byte[] update = fx.sink(p).withOpcode(InventoryUpdate.OPCODE).get(0);
        assertEquals(InventoryUpdate.REMOVED, new PacketReader(update, 3, 2).readH());
        assertEquals(sword, intAt(update, 3 + 2 + 2), "the removed item's object id");
        assertEquals(List.of(sword), written.get(0).deleted());
        assertEquals(ItemLedger.Reason.DESTROY, written.get(0).log().get(0).reason());
    }

    @Test
    void anItemNobodyTakesDisappearsAfterTheDecayTime() {
        Player p = fx.player("Watcher", 0, 0);
        Npc w = wolf(20, 0);
        GroundItem g = drop(w, p, SWORD, 1);
        fx.ticks(590); // 59 s
        assertTrue(g.isSpawned());
        fx.ticks(20);
        assertFalse(g.isSpawned(), "gone after game.loot.decay");
        assertEquals(1, fx.sink(p).countAbout(DeleteObject.OPCODE, g.objectId()));
    }
}
