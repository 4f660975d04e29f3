package org.aden.game.actor;

import org.aden.game.npc.NpcTemplate;

/**
 * A spawned NPC or monster: its template (shared, immutable: npc/ holds only data and imports no actor) and what
 * changes, its current HP/MP (in {@link Creature}) and the point it came from, where it goes home after a chase.
 */
public final class Npc extends Creature {
    private final NpcTemplate template;
    private final int homeX;
    private final int homeY;
    private final int homeZ;
    /** Damage and hate by attacker since the last heal: who dealt most gets the loot, who is hated most is fought. */
    private final HateList hate = new HateList();
    /** The player whose Spoil took hold (0: not spoiled). */
    private int spoilerId;
    /** What a sweep of the spoiled corpse gives, rolled at death; null before, and once swept. */
    private java.util.List<SweepItem> sweepItems;

    /** One stack a sweep of this corpse gives. */
    public record SweepItem(int itemId, long count) {}

    /** An NPC of a datapack template at a point; it starts with full HP and MP. */
    public Npc(int objectId, NpcTemplate template, int x, int y, int z, int heading) {
        super(objectId, x, y, z);
        this.template = template;
        this.homeX = x;
        this.homeY = y;
        this.homeZ = z;
        setHeading(heading);
        setRunning(false);
        setVitals(maxHp(), template.mp(), 0);
    }

    /** An NPC without a name of its own (the client shows its template's); tests and ad-hoc spawns. */
    public Npc(
            int objectId,
            int templateId,
            boolean attackable,
            int level,
            int maxHp,
            int runSpeed,
            int walkSpeed,
            double collisionRadius,
            double collisionHeight,
            int x,
            int y,
            int z,
            int heading) {
        this(
                objectId,
                templateId,
                templateId,
                "",
                "",
                false,
                false,
                attackable,
                level,
                maxHp,
                runSpeed,
                walkSpeed,
                collisionRadius,
                collisionHeight,
                x,
                y,
                z,
                heading);
    }

    /**
     * A display-only NPC (default combat values). @param displayId the client template shown; @param
     * serverSideName whether the client is sent {@code name} (otherwise it shows its own), likewise
     * {@code serverSideTitle}
     */
    public Npc(
            int objectId,
            int templateId,
            int displayId,
            String name,
            String title,
            boolean serverSideName,
            boolean serverSideTitle,
            boolean attackable,
            int level,
            int maxHp,
            int runSpeed,
            int walkSpeed,
            double collisionRadius,
            double collisionHeight,
            int x,
            int y,
            int z,
            int heading) {
        this(
                objectId,
                NpcTemplate.display(
                        templateId,
                        displayId,
                        name,
                        title,
                        serverSideName,
                        serverSideTitle,
                        attackable,
                        level,
                        maxHp,
                        runSpeed,
                        walkSpeed,
                        collisionRadius,
                        collisionHeight),
                x,
                y,
                z,
                heading);
    }

    public NpcTemplate template() {
        return template;
    }

    public int homeX() {
        return homeX;
    }

    public int homeY() {
        return homeY;
    }

    public int homeZ() {
        return homeZ;
    }

    public int maxMp() {
        return (int) Math.round(template.mp());
    }

    private Runnable afterDeath = () -> {};

    /**
     * What happens once this NPC has died and left the world, set by whoever spawned it (a spawn point schedules
     * its respawn, a script its next phase). World thread only.
     */
    public void setAfterDeath(Runnable afterDeath) {
        this.afterDeath = afterDeath;
    }

    /** Called by the combat code when the corpse is removed; runs the hook at most once. */
    public void runAfterDeath() {
        Runnable r = afterDeath;
        afterDeath = () -> {};
        r.run();
    }

    @Override
    public String name() {
        return template.name();
    }

    public String title() {
        return template.title();
    }

    public int displayId() {
        return template.displayId();
    }

    public boolean serverSideName() {
        return template.serverSideName();
    }

    public boolean serverSideTitle() {
        return template.serverSideTitle();
    }

    public int templateId() {
        return template.id();
    }

    public boolean isAttackable() {
        return template.attackable();
    }

    @Override
    public int level() {
        return template.level();
    }

    @Override
    public int maxHp() {
        return Math.max(1, (int) Math.round(template.hp()));
    }

    @Override
    public int runSpeed() {
        return template.runSpeed();
    }

    @Override
    public int walkSpeed() {
        return template.walkSpeed();
    }

    public double collisionRadius() {
        return template.collisionRadius();
    }

    public double collisionHeight() {
        return template.collisionHeight();
    }

    public HateList hate() {
        return hate;
    }

    /** Damage without hate of its own (tests, and sources that are not fights). */
    public void recordDamage(int attackerId, int damage) {
        hate.add(attackerId, damage, 0);
    }

    /** The object id of the attacker who dealt the most damage, 0 when nobody did. */
    public int topDamageDealer() {
        return hate.topDamageDealer();
    }

    /** Forgets the damage and hate taken (the monster healed going home). */
    public void clearDamage() {
        hate.clear();
    }

    public boolean isSpoiled() {
        return spoilerId != 0;
    }

    public int spoilerId() {
        return spoilerId;
    }

    public void setSpoilerId(int playerId) {
        this.spoilerId = playerId;
    }

    /** The spoil rolled at death, to be swept. */
    public void setSweepItems(java.util.List<SweepItem> items) {
        this.sweepItems = java.util.List.copyOf(items);
    }

    /** Whether a sweep would still find something rolled for it (an empty roll counts: the sweep just gives nothing). */
    public boolean hasSweepItems() {
        return sweepItems != null;
    }

    public java.util.List<SweepItem> sweepItems() {
        return sweepItems == null ? java.util.List.of() : sweepItems;
    }

    /** Takes the spoil out of the corpse: a second sweep finds nothing. */
    public java.util.List<SweepItem> takeSweepItems() {
        java.util.List<SweepItem> items = sweepItems;
        sweepItems = null;
        return items == null ? java.util.List.of() : items;
    }
}
