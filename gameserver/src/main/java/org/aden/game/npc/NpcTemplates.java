package org.aden.game.npc;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/**
 * Every NPC template, by id. The templates are immutable; a reload swaps the whole set in ({@link #replaceWith}):
 * NPCs in the world keep the template they were made from, new ones take the new set.
 */
public final class NpcTemplates {
    private volatile Map<Integer, NpcTemplate> byId;

    public NpcTemplates(Map<Integer, NpcTemplate> byId) {
        this.byId = Map.copyOf(byId);
    }

    private NpcTemplates(NpcTemplates from) {
        this.byId = from.byId;
    }

    /**
     * A new NpcTemplates holding the same templates: the running systems hold such a view, which a reload points at the new
     * set ({@link #replaceWith}) while the loaded set stays as it was.
     */
    public NpcTemplates view() {
        return new NpcTemplates(this);
    }

    /** On the world thread, at a reload: every holder of this NpcTemplates sees {@code fresh}'s templates from now on. */
    public void replaceWith(NpcTemplates fresh) {
        byId = fresh.byId;
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
