package org.aden.game.ai;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.aden.game.actor.Creature;
import org.aden.game.actor.Npc;
import org.aden.game.cast.Abnormals;
import org.aden.game.cast.Casting;
import org.aden.game.cast.SkillSupport;
import org.aden.game.combat.Combat;
import org.aden.game.npc.NpcTemplate;
import org.aden.game.skill.SkillTemplate;
import org.aden.game.skill.SkillTemplates;

/**
 * Monsters use their template's skills in a fight (world thread): at each think, with {@link #CHANCE_PERCENT}, a
 * monster tries its active skills that the engine supports in a random order and casts the first that fits: a
 * heal on itself when below half its HP, a buff on itself it does not have yet, an offensive skill on its target
 * when in cast range; each waits its reuse and needs its MP. The chance and the half-HP rule are ours (Mobius's AI
 * weighs skills by the template's AI type and ai-skill roles; this is the simple first step).
 */
public final class MonsterSkills implements Combat.MonsterTurn {
    static final int CHANCE_PERCENT = 15;
    /** While a cast is under way the fight waits and asks again this often. */
    static final long BUSY_STEP = 200;

    private final Casting casting;
    private final SkillTemplates templates;
    private final RandomGenerator random;
    private final Map<Integer, List<SkillTemplate>> usableByTemplate = new HashMap<>();
    private final Map<Npc, Map<Integer, Long>> readyAt = new HashMap<>();

    public MonsterSkills(Casting casting, RandomGenerator random) {
        this.casting = casting;
        this.templates = casting.templates();
        this.random = random;
    }

    /** The monster left the fight for good (died, despawned): its reuse timers go. */
    public void forget(Creature c) {
        if (c instanceof Npc n) {
            readyAt.remove(n);
        }
    }

    @Override
    public long act(Npc n, Creature target) {
        if (casting.isCasting(n)) {
            return BUSY_STEP;
        }
        List<SkillTemplate> usable = usable(n.template());
        if (usable.isEmpty() || random.nextInt(100) >= CHANCE_PERCENT) {
            return 0;
        }
        List<SkillTemplate> order = new ArrayList<>(usable);
        java.util.Collections.shuffle(order, java.util.Random.from(random));
        long now = casting.now();
        Map<Integer, Long> reuse = readyAt.computeIfAbsent(n, k -> new HashMap<>());
        for (SkillTemplate t : order) {
            if (reuse.getOrDefault(t.id(), 0L) > now || n.curMp() < t.totalMpConsume()) {
                continue;
            }
            Creature aim = aim(n, target, t);
            if (aim != null && casting.castByNpc(n, t, aim)) {
                reuse.put(t.id(), now + Math.max(t.reuseDelay(), t.hitTime()));
                return Math.max(BUSY_STEP, t.hitTime());
            }
        }
        return 0;
    }

    /** Whom this skill would go to now, or null when it does not fit the moment. */
    private Creature aim(Npc n, Creature target, SkillTemplate t) {
        Abnormals abnormals = casting.effects().abnormals();
        if (SkillSupport.offensive(t)) {
            return target;
        }
        boolean heals = t.hasEffect("heal") || t.hasEffect("heal-percent") || t.hasEffect("heal-over-time");
        if (heals) {
            return n.curHp() < n.maxHp() / 2 ? n : null;
        }
        boolean onSelf = t.target() == SkillTemplate.Target.SELF || t.target() == SkillTemplate.Target.ONE;
        return onSelf && t.abnormalTimeSec() > 0 && !abnormals.has(n, t.id()) ? n : null;
    }

    /** The template's active skills the engine carries out, resolved once per template. */
    List<SkillTemplate> usable(NpcTemplate template) {
        return usableByTemplate.computeIfAbsent(template.id(), id -> {
            List<SkillTemplate> list = new ArrayList<>();
            for (NpcTemplate.SkillRef ref : template.behaviour().skills()) {
                templates
                        .get(ref.id(), ref.level())
                        .filter(t -> !t.isPassive() && !t.isToggle() && SkillSupport.castable(t))
                        .filter(t -> list.stream().noneMatch(o -> o.id() == t.id()))
                        .ifPresent(list::add);
            }
            return List.copyOf(list);
        });
    }
}
