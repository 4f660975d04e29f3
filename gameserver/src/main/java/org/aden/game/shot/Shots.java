package org.aden.game.shot;

import java.util.List;
import org.aden.game.actor.Creature;
import org.aden.game.actor.Player;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLedger;
import org.aden.game.item.ItemLocation;
import org.aden.game.item.ItemTemplate;
import org.aden.game.item.PaperdollSlot;
import org.aden.game.network.server.item.ExAutoSoulShot;
import org.aden.game.network.server.item.InventoryUpdate;
import org.aden.game.network.server.skill.MagicSkillUse;
import org.aden.game.network.server.system.ActionFailed;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.world.World;

/**
 * Soulshots and spiritshots (world thread). UseItem on a shot of the held weapon's grade consumes the weapon's
 * shot count through the {@link ItemLedger} and charges the weapon (MagicSkillUse of the shot's skill); the charge
 * doubles P.Atk of the next swing, or multiplies M.Atk of the next spell by 2 (4 for a blessed spiritshot).
 * RequestAutoSoulShot switches automatic use on: a used-up charge is then renewed before the next swing or spell.
 * Facts from L2J Mobius Interlude (handlers SoulShots, SpiritShot, BlessedSpiritShot; RequestAutoSoulShot); the code
 * is ours.
 */
public final class Shots implements ShotBoost {
    static final int SOULSHOT_GRADE_MISMATCH = 337;
    static final int NOT_ENOUGH_SOULSHOTS = 338;
    static final int CANNOT_USE_SOULSHOTS = 339;
    static final int SOULSHOTS_ENABLED = 342;
    static final int SPIRITSHOT_GRADE_MISMATCH = 530;
    static final int NOT_ENOUGH_SPIRITSHOTS = 531;
    static final int CANNOT_USE_SPIRITSHOTS = 532;
    static final int SPIRITSHOT_ENABLED = 533;
    static final int AUTO_USE_ON = 1433;
    static final int AUTO_USE_OFF = 1434;
    static final int ITEM_PARAM = 3;

    /** What a shot item charges. */
    enum Kind {
        SOUL,
        SPIRIT,
        BLESSED;

        /** The datapack's item action; blessed spiritshots share "spiritshot" and are told by their name. */
        static Kind of(ItemTemplate t) {
            return switch (t.action()) {
                case "soulshot" -> SOUL;
                case "spiritshot" -> t.name().startsWith("Blessed") ? BLESSED : SPIRIT;
                default -> null;
            };
        }
    }

    private final World world;
    private final ItemLedger ledger;

    public Shots(World world, ItemLedger ledger) {
        this.world = world;
        this.ledger = ledger;
    }

    /** UseItem on an etc-item; false when it is not a shot (the caller tries other uses). */
    public boolean use(Player p, ItemData item, ItemTemplate t) {
        Kind kind = Kind.of(t);
        if (kind == null) {
            return false;
        }
        if (!charge(p, item, t, kind, false)) {
            p.send(ActionFailed.INSTANCE);
        }
        return true;
    }

    /** RequestAutoSoulShot: automatic use of a shot item on or off; on charges at once when it can. */
    public void auto(Player p, int itemId, boolean on) {
        ItemData item = carried(p, itemId);
        ItemTemplate t = item == null ? null : Inventory.of(p).template(item);
        if (p.isDead() || t == null || Kind.of(t) == null) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        ShotCharges charges = ShotCharges.of(p);
        if (on) {
            charges.autoItems().add(itemId);
            p.send(new ExAutoSoulShot(itemId, true));
            p.send(SystemMessage.of(AUTO_USE_ON).withParam(ITEM_PARAM, itemId));
            charge(p, item, t, Kind.of(t), true);
        } else if (charges.autoItems().remove(itemId)) {
            p.send(new ExAutoSoulShot(itemId, false));
            p.send(SystemMessage.of(AUTO_USE_OFF).withParam(ITEM_PARAM, itemId));
        }
    }

    @Override
    public int takeSoulshot(Creature attacker) {
        if (!(attacker instanceof Player p)) {
            return 0;
        }
        ItemData weapon = weapon(p);
        if (weapon == null) {
            return 0;
        }
        ShotCharges charges = ShotCharges.of(p);
        if (!charges.soulshotOn(weapon.objectId())) {
            recharge(p, true);
        }
        if (!charges.soulshotOn(weapon.objectId())) {
            return 0;
        }
        charges.useSoulshot();
        return SOULSHOT_FLAG | Inventory.of(p).template(weapon).grade().ordinal();
    }

    @Override
    public int takeSpiritshot(Creature caster) {
        if (!(caster instanceof Player p)) {
            return 1;
        }
        ItemData weapon = weapon(p);
        if (weapon == null) {
            return 1;
        }
        ShotCharges charges = ShotCharges.of(p);
        if (charges.spiritshotOn(weapon.objectId()) == 0) {
            recharge(p, false);
        }
        int multiplier = charges.spiritshotOn(weapon.objectId());
        if (multiplier == 0) {
            return 1;
        }
        charges.useSpiritshot();
        return multiplier;
    }

    /** Whether the held weapon carries a charge of that kind (tests, the status of a player). */
    public boolean charged(Player p, boolean soulshot) {
        ItemData weapon = weapon(p);
        if (weapon == null) {
            return false;
        }
        ShotCharges c = ShotCharges.of(p);
        return soulshot ? c.soulshotOn(weapon.objectId()) : c.spiritshotOn(weapon.objectId()) > 0;
    }

    /** The first auto-used shot of the wanted kind that charges; auto-use of a shot no longer carried ends. */
    private void recharge(Player p, boolean soulshot) {
        ShotCharges charges = ShotCharges.of(p);
        for (Integer itemId : List.copyOf(charges.autoItems())) {
            ItemData item = carried(p, itemId);
            if (item == null) {
                charges.autoItems().remove(itemId);
                p.send(new ExAutoSoulShot(itemId, false));
                continue;
            }
            ItemTemplate t = Inventory.of(p).template(item);
            Kind kind = Kind.of(t);
            if ((kind == Kind.SOUL) == soulshot && charge(p, item, t, kind, true)) {
                return;
            }
        }
    }

    /** Charges the held weapon from this shot stack; auto-use stays silent about a wrong grade (Mobius). */
    private boolean charge(Player p, ItemData shot, ItemTemplate t, Kind kind, boolean auto) {
        Inventory inv = Inventory.of(p);
        ItemData weapon = weapon(p);
        ItemTemplate w = weapon == null ? null : inv.template(weapon);
        boolean soul = kind == Kind.SOUL;
        int perShot = w == null ? 0 : soul ? w.stats().soulshots() : w.stats().spiritshots();
        if (perShot <= 0) {
            if (!auto) {
                p.send(SystemMessage.of(soul ? CANNOT_USE_SOULSHOTS : CANNOT_USE_SPIRITSHOTS));
            }
            return false;
        }
        if (w.grade() != t.grade()) {
            if (!auto) {
                p.send(SystemMessage.of(soul ? SOULSHOT_GRADE_MISMATCH : SPIRITSHOT_GRADE_MISMATCH));
            }
            return false;
        }
        ShotCharges charges = ShotCharges.of(p);
        if (soul ? charges.soulshotOn(weapon.objectId()) : charges.spiritshotOn(weapon.objectId()) > 0) {
            return true; // already charged: nothing consumed
        }
        if (shot.count() < perShot
                || !ledger.apply(
                        p,
                        List.of(new ItemLedger.Delta(shot.itemId(), -perShot, shot.objectId())),
                        ItemLedger.Reason.USE,
                        "")) {
            if (auto && charges.autoItems().remove(shot.itemId())) {
                p.send(new ExAutoSoulShot(shot.itemId(), false));
                p.send(SystemMessage.of(AUTO_USE_OFF).withParam(ITEM_PARAM, shot.itemId()));
            } else if (!auto) {
                p.send(SystemMessage.of(soul ? NOT_ENOUGH_SOULSHOTS : NOT_ENOUGH_SPIRITSHOTS));
            }
            return false;
        }
        shown(p, shot);
        if (soul) {
            charges.chargeSoulshot(weapon.objectId());
        } else {
            charges.chargeSpiritshot(weapon.objectId(), kind == Kind.BLESSED ? 4 : 2);
        }
        p.send(SystemMessage.of(soul ? SOULSHOTS_ENABLED : SPIRITSHOT_ENABLED));
        if (!t.skills().isEmpty()) {
            ItemTemplate.ItemSkill s = t.skills().get(0);
            world.broadcastWithSelf(
                    p,
                    new MagicSkillUse(
                            p.objectId(),
                            p.objectId(),
                            s.skillId(),
                            s.level(),
                            0,
                            0,
                            p.x(),
                            p.y(),
                            p.z(),
                            p.x(),
                            p.y(),
                            p.z()));
        }
        return true;
    }

    /** The shot stack's new count (or its removal) in the owner's inventory window. */
    private static void shown(Player p, ItemData before) {
        Inventory inv = Inventory.of(p);
        ItemData after = inv.items().stream()
                .filter(i -> i.objectId() == before.objectId())
                .findFirst()
                .orElse(null);
        p.send(new InventoryUpdate(List.of(
                after != null
                        ? new InventoryUpdate.Change(InventoryUpdate.MODIFIED, inv.entry(after))
                        : new InventoryUpdate.Change(InventoryUpdate.REMOVED, inv.entry(before)))));
    }

    private static ItemData weapon(Player p) {
        return Inventory.of(p).paperdoll().get(PaperdollSlot.RIGHT_HAND);
    }

    /** The inventory stack of that item id (not one in the warehouse). */
    private static ItemData carried(Player p, int itemId) {
        for (ItemData i : Inventory.of(p).items()) {
            if (i.itemId() == itemId && i.location() != ItemLocation.WAREHOUSE) {
                return i;
            }
        }
        return null;
    }
}
