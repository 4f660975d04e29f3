package org.aden.game.cast;

import org.aden.game.actor.Creature;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.combat.Combat;
import org.aden.game.move.PlayerActions;
import org.aden.game.move.Teleports;
import org.aden.game.shot.ShotBoost;
import org.aden.game.skill.SkillEffect;
import org.aden.game.skill.SkillTemplate;
import org.aden.game.world.World;
import org.aden.game.zone.MapRegions;

/** What a completed cast does to its target, effect by effect (world thread). */
public final class SkillEffects {
    static final int HP_RESTORED = 1066; // "$s1 HP has been restored."

    private final World world;
    private final Combat combat;
    private final Abnormals abnormals;
    private final PlayerActions actions;
    private final Teleports teleports;
    private final MapRegions regions;
    private ShotBoost shots = ShotBoost.NONE;

    public SkillEffects(
            World world,
            Combat combat,
            Abnormals abnormals,
            PlayerActions actions,
            Teleports teleports,
            MapRegions regions) {
        this.world = world;
        this.combat = combat;
        this.abnormals = abnormals;
        this.actions = actions;
        this.teleports = teleports;
        this.regions = regions;
    }

    /** Spiritshots (magic) and soulshots (physical skills) charged on the caster's weapon. */
    public void useShots(ShotBoost shots) {
        this.shots = shots;
    }

    public Abnormals abnormals() {
        return abnormals;
    }

    void apply(Player caster, Creature target, SkillTemplate t) {
        boolean lasting = false;
        for (SkillEffect e : t.effects()) {
            switch (e.name()) {
                case "magical-attack" -> {
                    double power = e.number("power", t.power());
                    int dmg = MagicDamage.damage(mAtk(caster), mDef(target), power, shots.takeSpiritshot(caster));
                    combat.damage(caster, target, dmg);
                }
                case "physical-attack" -> {
                    double power = e.number("power", t.power());
                    int shot = shots.takeSoulshot(caster) != 0 ? 2 : 1;
                    combat.damage(caster, target, PhysicalSkillDamage.damage(pAtk(caster), pDef(target), power, shot));
                }
                case "heal" -> heal(target, e.number("power", 0));
                case "heal-percent" -> heal(target, target.maxHp() * e.number("power", 0) / 100);
                case "escape" -> escape(caster);
                case "buff", "debuff", "heal-over-time", "mana-heal-over-time" -> lasting = true;
                default -> {}
            }
        }
        if (lasting && t.abnormalTimeSec() > 0) {
            abnormals.add(target, t);
        }
    }

    private void heal(Creature target, double amount) {
        double before = target.curHp();
        target.setVitals(Math.min(target.maxHp(), before + amount), target.curMp(), target.curCp());
        if (target instanceof Player p) {
            p.send(org.aden.game.network.server.system.SystemMessage.number(
                    HP_RESTORED, (int) Math.round(target.curHp() - before)));
        }
        Vitals.sendHpMp(world, target);
    }

    /** Scroll of Escape: to the restart point of the town owning the map tile (MapRegions). */
    private void escape(Player p) {
        regions.townRestartPoint(p.x(), p.y()).ifPresent(town -> teleports.teleport(p, town.x(), town.y(), town.z()));
    }

    static double mAtk(Creature c) {
        return c instanceof Player p
                ? p.stats().mAtk()
                : ((Npc) c).template().combat().mAtk();
    }

    static double pAtk(Creature c) {
        return c instanceof Player p
                ? p.stats().pAtk()
                : ((Npc) c).template().combat().pAtk();
    }

    static double pDef(Creature c) {
        return c instanceof Player p
                ? p.stats().pDef()
                : ((Npc) c).template().combat().pDef();
    }

    static double mDef(Creature c) {
        return c instanceof Player p
                ? p.stats().mDef()
                : ((Npc) c).template().combat().mDef();
    }
}
