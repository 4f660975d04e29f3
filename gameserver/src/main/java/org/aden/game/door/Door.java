package org.aden.game.door;

import org.aden.game.actor.WorldObject;

/** A door in the running world: its template and whether it is open now. World thread only. */
public final class Door extends WorldObject {
    private final DoorTemplate template;
    private boolean open;

    public Door(int objectId, DoorTemplate template) {
        super(objectId, template.x(), template.y(), template.z());
        this.template = template;
        this.open = template.openAtStart();
    }

    public DoorTemplate template() {
        return template;
    }

    public int doorId() {
        return template.id();
    }

    public boolean isOpen() {
        return open;
    }

    void setOpen(boolean open) {
        this.open = open;
    }

    /** Doors take no damage yet (no sieges): always whole. */
    public int currentHp() {
        return template.maxHp();
    }

    @Override
    public boolean isTargetable() {
        return template.targetable();
    }

    @Override
    public String describe() {
        return "door " + template.id() + " " + template.name();
    }
}
