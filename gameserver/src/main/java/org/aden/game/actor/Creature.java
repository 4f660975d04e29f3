package org.aden.game.actor;

/** A living world object: it can move, has vitals, a target and a speed. */
public abstract class Creature extends WorldObject {
    private MoveOrder moveOrder;
    private long moveStamp;
    private boolean running = true;
    private boolean sitting;
    private WorldObject target;
    private boolean dead;
    protected double curHp;
    protected double curMp;
    protected double curCp;

    protected Creature(int objectId, int x, int y, int z) {
        super(objectId, x, y, z);
    }

    public abstract String name();

    @Override
    public boolean isTargetable() {
        return true;
    }

    public abstract int runSpeed();

    public abstract int walkSpeed();

    public abstract int maxHp();

    public double exactX() {
        return x;
    }

    public double exactY() {
        return y;
    }

    public double exactZ() {
        return z;
    }

    /** Units per second at the current gait. */
    public int moveSpeed() {
        return running ? runSpeed() : walkSpeed();
    }

    public MoveOrder moveOrder() {
        return moveOrder;
    }

    public boolean isMoving() {
        return moveOrder != null;
    }

    public void setMoveOrder(MoveOrder order) {
        this.moveOrder = order;
    }

    /** When the position was last advanced along the current order (world clock). */
    public long moveStamp() {
        return moveStamp;
    }

    public void setMoveStamp(long millis) {
        this.moveStamp = millis;
    }

    public void clearMoveOrder() {
        this.moveOrder = null;
    }

    public boolean isRunning() {
        return running;
    }

    public void setRunning(boolean running) {
        this.running = running;
    }

    public boolean isSitting() {
        return sitting;
    }

    public void setSitting(boolean sitting) {
        this.sitting = sitting;
    }

    public WorldObject target() {
        return target;
    }

    public void setTarget(WorldObject target) {
        this.target = target;
    }

    public int curHp() {
        return (int) Math.round(curHp);
    }

    public int curMp() {
        return (int) Math.round(curMp);
    }

    public int curCp() {
        return (int) Math.round(curCp);
    }

    public void setVitals(double hp, double mp, double cp) {
        this.curHp = hp;
        this.curMp = mp;
        this.curCp = cp;
    }

    public int level() {
        return 1;
    }

    /** Dead (HP reached 0) until revived; a dead creature neither moves nor fights. */
    public boolean isDead() {
        return dead;
    }

    public void setDead(boolean dead) {
        this.dead = dead;
    }

    /** Takes damage (never below 0); returns the HP actually lost. */
    public double reduceHp(double damage) {
        double lost = Math.min(curHp, Math.max(0, damage));
        curHp -= lost;
        return lost;
    }

    public void setCurHp(double hp) {
        this.curHp = Math.max(0, Math.min(hp, maxHp()));
    }

    // ---- what lasting effects impose (set by the effect engine, read by movement, combat and casting)

    /** Restraint bits: stunned, asleep, paralysed forbid everything; rooted forbids moving; silenced, magic. */
    public static final int NO_MOVE = 1, NO_ATTACK = 2, NO_MAGIC = 4, NO_PHYSICAL_SKILL = 8, AFRAID = 16;

    private int restraints;
    private int abnormalMask;

    public int restraints() {
        return restraints;
    }

    public void setRestraints(int restraints) {
        this.restraints = restraints;
    }

    public boolean mayMove() {
        return (restraints & NO_MOVE) == 0;
    }

    public boolean mayAttack() {
        return (restraints & NO_ATTACK) == 0;
    }

    /** The abnormal visual effect bits shown by CharInfo, NpcInfo and UserInfo (stun stars, sleep, root...). */
    public int abnormalMask() {
        return abnormalMask;
    }

    public void setAbnormalMask(int mask) {
        this.abnormalMask = mask;
    }
}
