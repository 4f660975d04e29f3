package org.aden.game.spawn;

import org.aden.game.actor.Npc;
import org.aden.game.idfactory.IdFactory;
import org.aden.game.npc.NpcTemplate;
import org.aden.game.npc.NpcTemplates;
import org.aden.game.world.World;

/**
 * Puts the spawn table's NPCs into the world, once, at start (world thread only). Grand bosses are left to their
 * scripts (none yet); respawns come with a later issue.
 */
public final class Spawner {
    private final World world;
    private final NpcTemplates templates;
    private final IdFactory ids;

    public Spawner(World world, NpcTemplates templates, IdFactory ids) {
        this.world = world;
        this.templates = templates;
        this.ids = ids;
    }

    /** Spawns every point of the table but grand bosses; returns how many NPCs were spawned. */
    public int spawnAll(SpawnTable table) {
        int n = 0;
        for (SpawnPoint p : table.points()) {
            if ("grand".equals(p.boss())) {
                continue;
            }
            world.spawn(npc(templates.get(p.npcId()).orElseThrow(), p));
            n++;
        }
        return n;
    }

    Npc npc(NpcTemplate t, SpawnPoint p) {
        return new Npc(ids.nextId(), t, p.x(), p.y(), p.z(), p.heading());
    }
}
