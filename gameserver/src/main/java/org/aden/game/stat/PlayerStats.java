package org.aden.game.stat;

import java.util.Map;
import org.aden.game.actor.CharacterStats;
import org.aden.game.actor.Player;
import org.aden.game.character.template.CharacterTemplate;
import org.aden.game.character.template.CharacterTemplates;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemTemplate;
import org.aden.game.item.PaperdollSlot;

/** Computes players' stats from the datapack's character templates (world thread for players in game). */
public final class PlayerStats {
    private final CharacterTemplates templates;

    public PlayerStats(CharacterTemplates templates) {
        this.templates = templates;
    }

    /** The template of the starting class the class descends from (Human Fighter for unknown classes). */
    public CharacterTemplate templateOf(int classId) {
        CharacterTemplate t = templates.get(LevelGrowth.baseClassOf(classId));
        return t != null ? t : templates.all().get(0);
    }

    public CharacterStats compute(int classId, int level, int sex, Map<PaperdollSlot, ItemTemplate> equipped) {
        return StatCalculator.compute(templateOf(classId), level, sex, equipped);
    }

    /** Recomputes a player's stats from its class, level, what it wears and its lasting effects. */
    public void recompute(Player p) {
        CharacterStats base = compute(
                p.classId(), p.level(), p.appearance().sex(), Inventory.of(p).equippedTemplates());
        p.setStats(p.component(StatModifiers.class, StatModifiers::new).apply(base));
    }
}
