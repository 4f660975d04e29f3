package org.aden.game.lobby;

import java.util.List;

/** The object ids in the order the client last saw them; the client names characters by slot index. */
record CharacterSlots(List<Integer> objectIds) {
    CharacterSlots {
        objectIds = List.copyOf(objectIds);
    }

    /** The object id in {@code slot}, or -1 when there is no such slot. */
    int objectId(int slot) {
        return slot >= 0 && slot < objectIds.size() ? objectIds.get(slot) : -1;
    }
}
