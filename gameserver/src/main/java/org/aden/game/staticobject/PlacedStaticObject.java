package org.aden.game.staticobject;

import org.aden.game.actor.WorldObject;
import org.aden.game.network.server.door.StaticObject;

/** A static object standing in the running world (named so to keep "StaticObject" for the packet). */
public final class PlacedStaticObject extends WorldObject {
    private final StaticObjectTemplate template;

    public PlacedStaticObject(int objectId, StaticObjectTemplate template) {
        super(objectId, template.x(), template.y(), template.z());
        this.template = template;
    }

    public StaticObjectTemplate template() {
        return template;
    }

    /** Town maps, thrones and signboards are clicked to be used, so they can be targeted. */
    @Override
    public boolean isTargetable() {
        return true;
    }

    public StaticObject appearPacket() {
        return new StaticObject(template.id(), objectId());
    }

    @Override
    public String describe() {
        return "static object " + template.id() + " " + template.name();
    }
}
