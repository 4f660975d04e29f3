package org.aden.game.npc;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/** Every NPC template, by id. Immutable. */
public final class NpcTemplates {
    private final Map<Integer, NpcTemplate> byId;

    public NpcTemplates(Map<Integer, NpcTemplate> byId) {
        this.byId = Map.copyOf(byId);
    }

    public Optional<NpcTemplate> get(int id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(int id) {
        return byId.containsKey(id);
    }

    public int size() {
        return byId.size();
    }

    public Collection<NpcTemplate> all() {
        return Collections.unmodifiableCollection(byId.values());
    }
}
