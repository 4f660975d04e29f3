package org.aden.game.equip;

import static org.aden.game.item.PaperdollSlot.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aden.game.actor.Player;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLedger;
import org.aden.game.item.ItemLocation;
import org.aden.game.item.ItemTemplate;
import org.aden.game.item.PaperdollSlot;
import org.aden.game.network.client.item.RequestUnEquipItem;
import org.aden.game.network.client.item.UseItem;
import org.aden.game.network.server.item.InventoryUpdate;
import org.aden.game.network.server.system.ActionFailed;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.presence.PlayerPresence;
import org.aden.game.world.World;

/**
 * Putting items on and taking them off (world-items.md §4), on the world thread. The slot rules: an earring or a
 * ring goes to a free ear or finger (the right one when both are taken); a two-handed weapon frees the left hand
 * (a bow keeps its arrows), a shield or arrows free a two-handed weapon (arrows need a bow); full armour frees the
 * legs and formal wear the head, gloves, legs and feet, and the other way round; a both-hair accessory frees the
 * face slot. The moved rows are written in one transaction; the stats follow through the inventory's listener.
 */
public final class Equipment {
    static final int EQUIPPED = 49; // "You have equipped your $s1."
    static final int EQUIPPED_ENCHANTED = 368; // "Equipped +$s1 $s2."
    static final int DISARMED = 417; // "$s1 has been disarmed."
    static final int DISARMED_ENCHANTED = 1064; // "The equipment, +$s1 $s2, has been removed."
    static final int CANNOT_USE_QUEST_ITEM = 148;
    static final int ITEM_PARAM = 3;

    private final World world;
    private final ItemLedger ledger;

    public Equipment(World world, ItemLedger ledger) {
        this.world = world;
        this.ledger = ledger;
    }

    public void use(Player p, UseItem u) {
        Inventory inv = Inventory.of(p);
        ItemData item = owned(inv, u.objectId());
        if (item == null || p.isDead() || item.location() == ItemLocation.WAREHOUSE) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        ItemTemplate t = inv.template(item);
        if (t.questItem()) {
            p.send(SystemMessage.of(CANNOT_USE_QUEST_ITEM));
            p.send(ActionFailed.INSTANCE);
            return;
        }
        if (!t.isEquipable()) {
            p.send(ActionFailed.INSTANCE); // potions, scrolls and shots come with the skill engine
            return;
        }
        if (item.equipped()) {
            takeOff(p, item);
        } else {
            putOn(p, item, t);
        }
    }

    public void unequip(Player p, RequestUnEquipItem r) {
        Inventory inv = Inventory.of(p);
        for (ItemData i : inv.items()) {
            if (i.equipped() && (inv.template(i).bodyPart() & r.slotMask()) != 0 && wornAt(i, r.slotMask())) {
                takeOff(p, i);
                return;
            }
        }
        p.send(ActionFailed.INSTANCE);
    }

    /** An ear or finger mask names one side; other masks match the item's own slot. */
    private static boolean wornAt(ItemData i, int mask) {
        PaperdollSlot s = i.paperdollSlot();
        return switch (mask) {
            case MASK_R_EAR -> s == RIGHT_EAR;
            case MASK_L_EAR -> s == LEFT_EAR;
            case MASK_R_FINGER -> s == RIGHT_FINGER;
            case MASK_L_FINGER -> s == LEFT_FINGER;
            default -> true;
        };
    }

    private void putOn(Player p, ItemData item, ItemTemplate t) {
        Inventory inv = Inventory.of(p);
        Map<PaperdollSlot, ItemData> worn = new EnumMap<>(inv.paperdoll());
        int mask = t.bodyPart();
        Set<PaperdollSlot> freed = new LinkedHashSet<>();
        PaperdollSlot target;
        switch (mask) {
            case MASK_EARRING ->
                target = worn.containsKey(RIGHT_EAR) && !worn.containsKey(LEFT_EAR) ? LEFT_EAR : RIGHT_EAR;
            case MASK_RING ->
                target = worn.containsKey(RIGHT_FINGER) && !worn.containsKey(LEFT_FINGER) ? LEFT_FINGER : RIGHT_FINGER;
            case MASK_TWO_HANDS -> {
                target = RIGHT_HAND;
                ItemData left = worn.get(LEFT_HAND);
                if (left != null && !(isBow(t) && isArrow(inv.template(left)))) {
                    freed.add(LEFT_HAND);
                }
            }
            case MASK_LEFT_HAND -> {
                target = LEFT_HAND;
                ItemData right = worn.get(RIGHT_HAND);
                ItemTemplate rt = right == null ? null : inv.template(right);
                if (isArrow(t)) {
                    if (rt == null || !isBow(rt)) {
                        p.send(ActionFailed.INSTANCE); // arrows go with a bow only
                        return;
                    }
                } else if (rt != null && rt.bodyPart() == MASK_TWO_HANDS) {
                    freed.add(RIGHT_HAND);
                }
            }
            case MASK_FULL_ARMOR -> {
                target = CHEST;
                freed.add(LEGS);
            }
            case MASK_ALL_DRESS -> {
                target = CHEST;
                freed.addAll(List.of(LEGS, HEAD, GLOVES, FEET));
            }
            case MASK_LEGS, MASK_HEAD, MASK_GLOVES, MASK_FEET -> {
                target = PaperdollSlot.forMask(mask);
                ItemData chest = worn.get(CHEST);
                int chestMask = chest == null ? 0 : inv.template(chest).bodyPart();
                if (chestMask == MASK_ALL_DRESS || (mask == MASK_LEGS && chestMask == MASK_FULL_ARMOR)) {
                    freed.add(CHEST);
                }
            }
            case MASK_HAIR_ALL -> {
                target = HAIR;
                freed.add(FACE);
            }
            case MASK_HAIR, MASK_FACE -> {
                target = PaperdollSlot.forMask(mask);
                ItemData hair = worn.get(HAIR);
                if (hair != null && inv.template(hair).bodyPart() == MASK_HAIR_ALL) {
                    freed.add(HAIR);
                }
            }
            default -> target = PaperdollSlot.forMask(mask);
        }
        if (target == null) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        freed.add(target);
        List<ItemData> after = new ArrayList<>();
        List<ItemData> changed = new ArrayList<>();
        for (ItemData i : inv.items()) {
            if (i.objectId() == item.objectId()) {
                ItemData on = placed(i, ItemLocation.PAPERDOLL, target.id());
                after.add(on);
                changed.add(on);
            } else if (i.equipped() && freed.contains(i.paperdollSlot())) {
                ItemData off = placed(i, ItemLocation.INVENTORY, -1);
                after.add(off);
                changed.add(off);
            } else {
                after.add(i);
            }
        }
        if (!ledger.rearrange(p, after)) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        p.send(
                item.enchantLevel() > 0
                        ? SystemMessage.of(EQUIPPED_ENCHANTED)
                                .withNumber(item.enchantLevel())
                                .withParam(ITEM_PARAM, item.itemId())
                        : SystemMessage.of(EQUIPPED).withParam(ITEM_PARAM, item.itemId()));
        shown(p, changed);
    }

    private void takeOff(Player p, ItemData item) {
        Inventory inv = Inventory.of(p);
        List<ItemData> after = new ArrayList<>();
        ItemData off = placed(item, ItemLocation.INVENTORY, -1);
        for (ItemData i : inv.items()) {
            after.add(i.objectId() == item.objectId() ? off : i);
        }
        if (!ledger.rearrange(p, after)) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        p.send(
                item.enchantLevel() > 0
                        ? SystemMessage.of(DISARMED_ENCHANTED)
                                .withNumber(item.enchantLevel())
                                .withParam(ITEM_PARAM, item.itemId())
                        : SystemMessage.of(DISARMED).withParam(ITEM_PARAM, item.itemId()));
        shown(p, List.of(off));
    }

    /** What the owner and the onlookers see change: the items, the character sheet, the worn gear. */
    private void shown(Player p, List<ItemData> changed) {
        Inventory inv = Inventory.of(p);
        List<InventoryUpdate.Change> changes = new ArrayList<>();
        for (ItemData i : changed) {
            changes.add(new InventoryUpdate.Change(InventoryUpdate.MODIFIED, inv.entry(i)));
        }
        p.send(new InventoryUpdate(changes));
        p.send(PlayerPresence.userInfo(p));
        world.broadcast(p, PlayerPresence.charInfo(p));
    }

    private static ItemData owned(Inventory inv, int objectId) {
        for (ItemData i : inv.items()) {
            if (i.objectId() == objectId) {
                return i;
            }
        }
        return null;
    }

    private static ItemData placed(ItemData i, ItemLocation location, int slot) {
        return new ItemData(i.objectId(), i.ownerId(), i.itemId(), i.count(), i.enchantLevel(), location, slot);
    }

    private static boolean isBow(ItemTemplate t) {
        return "bow".equals(t.type());
    }

    private static boolean isArrow(ItemTemplate t) {
        return "arrow".equals(t.type());
    }
}
