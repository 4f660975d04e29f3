package org.aden.game.script.api;

/** What a script may read about an NPC in the world. A snapshot view: valid for the call it was handed to. */
public interface NpcView {
    int objectId();

    /** The template id (datapack/npcs). */
    int npcId();

    String name();

    /** The template's type (merchant, teleporter, warehouse...). */
    String type();

    int x();

    int y();

    int z();
}
