package org.aden.game.stat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aden.game.actor.CharacterStats;
import org.aden.game.actor.Player;
import org.aden.game.character.template.CharacterTemplate;
import org.aden.game.character.template.CharacterTemplates;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemTemplate;
import org.aden.game.item.PaperdollSlot;
import org.aden.game.item.WornKinds;
import org.aden.game.network.server.world.EtcStatusUpdate;
import org.aden.game.skill.SkillTemplates;

/** Computes players' stats from the datapack's character templates (world thread for players in game). */
public final class PlayerStats {
    private final CharacterTemplates templates;
    private final SkillTemplates skills;

    /** Without skill templates: passive skills are not applied (tools, tests that do not need them). */
    public PlayerStats(CharacterTemplates templates) {
        this(templates, SkillTemplates.empty());
    }

    public PlayerStats(CharacterTemplates templates, SkillTemplates skills) {
        this.templates = templates;
        this.skills = skills;
    }

    /** The template of the starting class the class descends from (Human Fighter for unknown classes). */
    public CharacterTemplate templateOf(int classId) {
        CharacterTemplate t = templates.get(LevelGrowth.baseClassOf(classId));
        return t != null ? t : templates.all().get(0);
    }

    public CharacterStats compute(int classId, int level, int sex, Map<PaperdollSlot, ItemTemplate> equipped) {
        return StatCalculator.compute(templateOf(classId), level, sex, equipped);
    }

    /**
     * Recomputes a player's stats from its class, level, what it wears, its grade penalty, its passive skills and
     * its lasting effects (a modifier with a {@code <using kind>} counts only while that kind is worn); a grade
     * penalty that comes or goes is shown (EtcStatusUpdate). Call it whenever one of them changes.
     */
    public void recompute(Player p) {
        Map<PaperdollSlot, ItemTemplate> worn = Inventory.of(p).equippedTemplates();
        CharacterStats base = compute(p.classId(), p.level(), p.appearance().sex(), worn);
        GradePenalty penalty = GradePenalty.of(p);
        if (penalty.update(worn.values(), GradePenalty.expertise(p))) {
            p.send(new EtcStatusUpdate(0, penalty.level() > 0));
        }
        List<StatModifiers.Mod> mods = new ArrayList<>(PassiveSkills.mods(p, skills));
        mods.addAll(p.component(StatModifiers.class, StatModifiers::new).mods());
        mods.removeIf(m -> !WornKinds.fits(worn, m.usingKinds()));
        p.setStats(StatModifiers.apply(penalty.apply(base), mods));
    }
}
