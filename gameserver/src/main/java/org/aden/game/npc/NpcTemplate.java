package org.aden.game.npc;

import java.util.List;

/**
 * One NPC template of {@code datapack/npcs/}, as the schema gives it (absent attributes have the schema's
 * defaults; attributes without a default are 0 when absent). {@code displayId} is the client template shown.
 * Immutable: the combat values and the rewards are two nested records shared by every spawn of the template.
 */
public record NpcTemplate(
        int id,
        int displayId,
        String name,
        String title,
        boolean serverSideName,
        boolean serverSideTitle,
        String type,
        int level,
        boolean attackable,
        boolean targetable,
        boolean aggressive,
        int aggroRange,
        double collisionRadius,
        double collisionHeight,
        int walkSpeed,
        int runSpeed,
        double hp,
        double mp,
        Combat combat,
        Rewards rewards,
        Behaviour behaviour) {

    /** A template without skills or clans (tests, ad-hoc NPCs). */
    public NpcTemplate(
            int id,
            int displayId,
            String name,
            String title,
            boolean serverSideName,
            boolean serverSideTitle,
            String type,
            int level,
            boolean attackable,
            boolean targetable,
            boolean aggressive,
            int aggroRange,
            double collisionRadius,
            double collisionHeight,
            int walkSpeed,
            int runSpeed,
            double hp,
            double mp,
            Combat combat,
            Rewards rewards) {
        this(
                id,
                displayId,
                name,
                title,
                serverSideName,
                serverSideTitle,
                type,
                level,
                attackable,
                targetable,
                aggressive,
                aggroRange,
                collisionRadius,
                collisionHeight,
                walkSpeed,
                runSpeed,
                hp,
                mp,
                combat,
                rewards,
                Behaviour.NONE);
    }

    /** A skill of the template: {@code <skill>} (role "") or {@code <ai-skill name=role>} (dd-magic, buff...). */
    public record SkillRef(int id, int level, String role) {}

    /**
     * What the AI reads: the template's skills and the clans it belongs to ({@code clans}: NPCs of a same clan
     * within clan-help-range come to each other's help).
     */
    public record Behaviour(List<SkillRef> skills, List<String> clans) {
        public static final Behaviour NONE = new Behaviour(List.of(), List.of());

        public Behaviour {
            skills = List.copyOf(skills);
            clans = List.copyOf(clans);
        }

        public boolean sharesClanWith(Behaviour other) {
            return clans.stream().anyMatch(other.clans::contains);
        }
    }

    /**
     * What the fight formulas read. Speeds in the schema's units: attackSpeed is the Interlude p.atk.spd (a swing
     * lasts 500000 / attackSpeed ms), ranges are in world units.
     *
     * @param randomDamage the spread of a hit in percent of p.atk (the datapack's random-damage)
     * @param corpseTimeSec seconds the corpse stays before it is removed (0: the engine's default)
     */
    public record Combat(
            double pAtk,
            double pDef,
            double mAtk,
            double mDef,
            int attackSpeed,
            int attackRange,
            int critical,
            double accuracy,
            double evasion,
            int randomDamage,
            int shieldDef,
            int shieldRate,
            double hpRegen,
            double mpRegen,
            int clanHelpRange,
            int corpseTimeSec) {
        /** The schema's defaults, for templates built in code (tests, ad-hoc spawns). */
        public static final Combat DEFAULT = new Combat(0, 0, 0, 0, 300, 40, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** One item a kill or a sweep may give; chance in percent, over 100 meaning more than one sure roll. */
    public record DropItem(int itemId, long min, long max, double chance) {}

    /** A drop group: with its chance one of its items drops, picked by the items' chances. */
    public record DropGroup(double chance, List<DropItem> items) {
        public DropGroup {
            items = List.copyOf(items);
        }
    }

    /** What killing (exp, sp, drops) and sweeping (spoils) the NPC gives. */
    public record Rewards(long exp, int sp, List<DropGroup> drops, List<DropItem> spoils) {
        public static final Rewards NONE = new Rewards(0, 0, List.of(), List.of());

        public Rewards {
            drops = List.copyOf(drops);
            spoils = List.copyOf(spoils);
        }
    }

    /** A template with only what the client shows and the default combat values (tests, ad-hoc NPCs). */
    public static NpcTemplate display(
            int id,
            int displayId,
            String name,
            String title,
            boolean serverSideName,
            boolean serverSideTitle,
            boolean attackable,
            int level,
            double hp,
            int runSpeed,
            int walkSpeed,
            double collisionRadius,
            double collisionHeight) {
        return new NpcTemplate(
                id,
                displayId,
                name,
                title,
                serverSideName,
                serverSideTitle,
                attackable ? "monster" : "folk",
                level,
                attackable,
                true,
                false,
                0,
                collisionRadius,
                collisionHeight,
                walkSpeed,
                runSpeed,
                hp,
                0,
                Combat.DEFAULT,
                Rewards.NONE);
    }

    public boolean isMonster() {
        return attackable && (type.equals("monster") || type.endsWith("boss"));
    }
}
