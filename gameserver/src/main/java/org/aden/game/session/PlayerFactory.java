package org.aden.game.session;

import java.util.List;
import org.aden.game.actor.Player;
import org.aden.game.actor.PlayerState;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemCatalog;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLocation;
import org.aden.game.item.Warehouse;
import org.aden.game.quest.QuestLog;
import org.aden.game.quest.QuestRecord;
import org.aden.game.shortcut.Shortcut;
import org.aden.game.shortcut.ShortcutBar;
import org.aden.game.skill.SkillBook;
import org.aden.game.skill.SkillData;
import org.aden.game.skill.SkillTemplates;
import org.aden.game.stat.GradePenalty;
import org.aden.game.stat.PlayerStats;

/** Builds a player with its components (inventory, skills, hot bar, quests) and its stats. */
public final class PlayerFactory {
    private final ItemCatalog items;
    private final PlayerStats stats;
    private final SkillTemplates skillTemplates;

    public PlayerFactory(ItemCatalog items, PlayerStats stats) {
        this(items, stats, null);
    }

    public PlayerFactory(ItemCatalog items, PlayerStats stats, SkillTemplates skillTemplates) {
        this.items = items;
        this.stats = stats;
        this.skillTemplates = skillTemplates;
    }

    public Player create(EnterWorldData data) {
        return create(data.state(), data.inventory(), data.skills(), data.shortcuts(), data.quests());
    }

    public Player create(
            PlayerState state,
            List<ItemData> inventory,
            List<SkillData> skills,
            List<Shortcut> shortcuts,
            List<QuestRecord> quests) {
        // the warehouse's rows come with the character's; they are kept apart from what it carries
        Inventory inv = new Inventory(
                items,
                inventory.stream()
                        .filter(i -> i.location() != ItemLocation.WAREHOUSE)
                        .toList());
        Player p = new Player(
                state,
                stats.compute(
                        state.classId(),
                        Math.max(1, state.level()),
                        state.appearance().sex(),
                        inv.equippedTemplates()));
        p.addComponent(Inventory.class, inv);
        p.addComponent(
                Warehouse.class,
                new Warehouse(inventory.stream()
                        .filter(i -> i.location() == ItemLocation.WAREHOUSE)
                        .toList()));
        SkillBook book = new SkillBook(skills, skillTemplates);
        p.addComponent(SkillBook.class, book);
        p.addComponent(ShortcutBar.class, new ShortcutBar(shortcuts));
        p.addComponent(QuestLog.class, new QuestLog(quests));
        p.addComponent(
                GradePenalty.class, new GradePenalty(skillTemplates != null ? skillTemplates : SkillTemplates.empty()));
        inv.onEquipmentChanged(() -> stats.recompute(p));
        book.onChanged(() -> stats.recompute(p));
        stats.recompute(p); // the passive skills, the grade penalty of what it wears
        return p;
    }
}
