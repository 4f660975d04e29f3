package org.aden.game.actor;

/** A spawned NPC or monster. Its template data is copied in at spawn; AI comes with a later issue. */
public final class Npc extends Creature {
    private final int templateId;
    private final boolean attackable;
    private final int level;
    private final int maxHp;
    private final int runSpeed;
    private final int walkSpeed;
    private final double collisionRadius;
    private final double collisionHeight;
    private final int displayId;
    private final String name;
    private final String title;
    private final boolean serverSideName;
    private final boolean serverSideTitle;

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
     * @param displayId the client template shown; @param serverSideName whether the client is sent {@code name}
     *     (otherwise it shows its own), likewise {@code serverSideTitle}
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
        super(objectId, x, y, z);
        this.displayId = displayId;
        this.name = name;
        this.title = title;
        this.serverSideName = serverSideName;
        this.serverSideTitle = serverSideTitle;
        this.templateId = templateId;
        this.attackable = attackable;
        this.level = level;
        this.maxHp = maxHp;
        this.runSpeed = runSpeed;
        this.walkSpeed = walkSpeed;
        this.collisionRadius = collisionRadius;
        this.collisionHeight = collisionHeight;
        setHeading(heading);
        setRunning(false);
        setVitals(maxHp, 0, 0);
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
        return name;
    }

    public String title() {
        return title;
    }

    public int displayId() {
        return displayId;
    }

    public boolean serverSideName() {
        return serverSideName;
    }

    public boolean serverSideTitle() {
        return serverSideTitle;
    }

    public int templateId() {
        return templateId;
    }

    public boolean isAttackable() {
        return attackable;
    }

    @Override
    public int level() {
        return level;
    }

    @Override
    public int maxHp() {
        return maxHp;
    }

    @Override
    public int runSpeed() {
        return runSpeed;
    }

    @Override
    public int walkSpeed() {
        return walkSpeed;
    }

    public double collisionRadius() {
        return collisionRadius;
    }

    public double collisionHeight() {
        return collisionHeight;
    }
}
