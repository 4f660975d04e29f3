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
        super(objectId, x, y, z);
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

    @Override
    public String name() {
        return "";
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
