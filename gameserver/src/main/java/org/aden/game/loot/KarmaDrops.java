package org.aden.game.loot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import org.aden.game.actor.Creature;
import org.aden.game.actor.Player;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLedger;
import org.aden.game.item.ItemLocation;
import org.aden.game.item.ItemTemplate;
import org.aden.game.network.server.item.InventoryUpdate;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.world.StatusUpdate;
import org.aden.game.presence.PlayerPresence;
import org.aden.game.world.World;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A player with karma killed by anyone or anything may drop items (facts from L2J Mobius Interlude
 * Player.onDieDropItem; chances in {@link KarmaDropSettings}): with enough PKs and outside an arena when a player
 * killed it, the death drops with the chance; then each bag item, worn item and worn weapon drops with its own chance,
 * up to the limit. Adena, quest items, undroppable items and the never-dropped list stay. The chosen worn items come
 * off first, then every chosen item leaves the inventory in one ledger change (reason KARMA_DROP) and lies on the
 * ground by the body once the database has it, so nothing can exist twice. Not done: Mobius's drops of players
 * without karma killed by monsters (its rates are 0 by default).
 */
public final class KarmaDrops {
    private static final Logger LOG = LogManager.getLogger(KarmaDrops.class);
    static final int DROPPED = 298; // "You have dropped $s1."
    private static final int ITEM_NAME = 3;
    private static final int ADENA = 57;

    private final World world;
    private final ItemLedger ledger;
    private final GroundLoot ground;
    private final KarmaDropSettings settings;
    private final Predicate<Player> inArena;
    private final RandomGenerator random;

    public KarmaDrops(
            World world,
            ItemLedger ledger,
            GroundLoot ground,
            KarmaDropSettings settings,
            Predicate<Player> inArena,
            RandomGenerator random) {
        this.world = world;
        this.ledger = ledger;
        this.ground = ground;
        this.settings = settings;
        this.inArena = inArena;
        this.random = random;
    }

    /** The victim just died (Deaths). World thread. */
    public void died(Player victim, Creature killer) {
        if (killer == null
                || victim.karma() <= 0
                || victim.pkKills() < settings.minPkKills()
                || (killer instanceof Player && inArena.test(victim))
                || random.nextInt(100) >= settings.chancePercent()) {
            return;
        }
        List<ItemData> chosen = choose(Inventory.of(victim));
        if (chosen.isEmpty()) {
            return;
        }
        if (!takeOff(victim, chosen)) {
            LOG.warn("{} keeps its karma drop: another item change is being written", victim.name());
            return;
        }
        List<ItemLedger.Delta> deltas = chosen.stream()
                .map(i -> new ItemLedger.Delta(i.itemId(), -i.count(), i.objectId()))
                .toList();
        boolean started = ledger.applyWhenWritten(
                victim,
                deltas,
                ItemLedger.Reason.KARMA_DROP,
                "ground",
                change -> dropped(victim, chosen),
                () -> LOG.warn("{} keeps its karma drop: the write failed", victim.name()));
        if (!started) {
            LOG.warn("{} keeps its karma drop: the change could not be made", victim.name());
        }
    }

    /** Mobius's order and rolls: the inventory's items one by one, each with its chance, until the limit. */
    List<ItemData> choose(Inventory inv) {
        List<ItemData> out = new ArrayList<>();
        for (ItemData i : inv.items()) {
            if (out.size() >= settings.limit()) {
                break;
            }
            ItemTemplate t = inv.template(i);
            if (i.itemId() == ADENA
                    || t.questItem()
                    || !t.rules().droppable()
                    || settings.neverDropped().contains(i.itemId())) {
                continue;
            }
            int chance = !i.equipped()
                    ? settings.itemPercent()
                    : t.isWeapon() ? settings.weaponPercent() : settings.equipPercent();
            if (random.nextInt(100) < chance) {
                out.add(i);
            }
        }
        return out;
    }

    /** The chosen worn items go to the bag (one write of their rows), so that the ledger may take them. */
    private boolean takeOff(Player p, List<ItemData> chosen) {
        if (chosen.stream().noneMatch(ItemData::equipped)) {
            return true;
        }
        List<Integer> ids = chosen.stream().map(ItemData::objectId).toList();
        List<ItemData> after = new ArrayList<>();
        for (ItemData i : Inventory.of(p).items()) {
            after.add(
                    i.equipped() && ids.contains(i.objectId())
                            ? new ItemData(
                                    i.objectId(),
                                    i.ownerId(),
                                    i.itemId(),
                                    i.count(),
                                    i.enchantLevel(),
                                    ItemLocation.INVENTORY,
                                    -1)
                            : i);
        }
        if (!ledger.rearrange(p, after)) {
            return false;
        }
        p.send(PlayerPresence.userInfo(p));
        world.broadcast(p, PlayerPresence.charInfo(p));
        return true;
    }

    private void dropped(Player p, List<ItemData> items) {
        Inventory inv = Inventory.of(p);
        List<InventoryUpdate.Change> changes = new ArrayList<>();
        for (ItemData i : items) {
            ItemTemplate t = ledger.catalog().get(i.itemId());
            ground.placeUnowned(p, t, (int) Math.min(Integer.MAX_VALUE, i.count()), i.enchantLevel());
            changes.add(new InventoryUpdate.Change(InventoryUpdate.REMOVED, inv.entry(i)));
            p.send(new SystemMessage(DROPPED, List.of(new SystemMessage.Param(ITEM_NAME, null, i.itemId()))));
        }
        p.send(new InventoryUpdate(changes));
        p.send(new StatusUpdate(p.objectId(), new int[] {StatusUpdate.CUR_LOAD}, new int[] {inv.currentLoad()}));
    }
}
