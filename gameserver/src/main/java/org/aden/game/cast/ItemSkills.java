package org.aden.game.cast;

import java.util.List;
import java.util.Optional;
import org.aden.game.actor.Player;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLedger;
import org.aden.game.item.ItemTemplate;
import org.aden.game.network.server.item.InventoryUpdate;
import org.aden.game.network.server.system.ActionFailed;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.skill.SkillTemplate;

/**
 * Potions, elixirs and scrolls: UseItem on an etc-item that carries a skill consumes one through the
 * {@link ItemLedger} and casts the skill. Items of one skill share its reuse (all Lesser Healing Potions wait
 * together), checked before anything is consumed.
 */
public final class ItemSkills {
    static final int NOT_READY_FOR_REUSE = 48;

    private final Casting casting;
    private final ItemLedger ledger;

    public ItemSkills(Casting casting, ItemLedger ledger) {
        this.casting = casting;
        this.ledger = ledger;
    }

    /** @return false when the item has no usable skill (the caller answers as for any other item) */
    public boolean use(Player p, ItemData item, ItemTemplate t) {
        if (t.kind() != ItemTemplate.Kind.ETC || t.skills().isEmpty()) {
            return false;
        }
        ItemTemplate.ItemSkill is = t.skills().get(0);
        Optional<SkillTemplate> skill = casting.templates().get(is.skillId(), is.level());
        if (skill.isEmpty() || !SkillSupport.effectsSupported(skill.get())) {
            return false;
        }
        SkillTemplate s = skill.get();
        if (casting.isCasting(p)) {
            p.send(ActionFailed.INSTANCE);
            return true;
        }
        if (SkillReuse.of(p).remaining(s.id(), casting.now()) > 0) {
            p.send(SystemMessage.text(NOT_READY_FOR_REUSE, t.name()));
            p.send(ActionFailed.INSTANCE);
            return true;
        }
        if (!ledger.apply(
                p, List.of(new ItemLedger.Delta(item.itemId(), -1, item.objectId())), ItemLedger.Reason.USE, "")) {
            p.send(ActionFailed.INSTANCE);
            return true;
        }
        Inventory inv = Inventory.of(p);
        ItemData after = inv.items().stream()
                .filter(i -> i.objectId() == item.objectId())
                .findFirst()
                .orElse(null);
        p.send(new InventoryUpdate(List.of(
                after != null
                        ? new InventoryUpdate.Change(InventoryUpdate.MODIFIED, inv.entry(after))
                        : new InventoryUpdate.Change(InventoryUpdate.REMOVED, inv.entry(item)))));
        casting.castFromItem(p, s);
        return true;
    }
}
