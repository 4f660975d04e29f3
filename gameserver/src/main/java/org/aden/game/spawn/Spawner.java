package org.aden.game.spawn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.aden.game.actor.Npc;
import org.aden.game.idfactory.IdFactory;
import org.aden.game.npc.NpcTemplate;
import org.aden.game.npc.NpcTemplates;
import org.aden.game.world.World;

/**
 * Puts the spawn table's NPCs into the world and brings back the dead ones (world thread only). Every NPC it
 * spawns carries an after-death hook ({@link Npc#setAfterDeath}): when combat removes the corpse, the NPC's group
 * schedules a new one (same object id, a fresh NPC) after the respawn delay ± its random part, at the spawn point
 * or at a new random point of its territory. Grand bosses are left to their scripts (none yet).
 */
public final class Spawner {
    private final World world;
    private final IdFactory ids;
    private final RandomGenerator random;
    private final Path datapackRoot;
    private NpcTemplates templates;
    private final List<SpawnGroup> groups = new ArrayList<>();
    private final Map<Integer, SpawnGroup> byObjectId = new HashMap<>();

    /** @param datapackRoot to name origins relative to it ({@code spawns/17_25.xml:12}) */
    public Spawner(World world, NpcTemplates templates, IdFactory ids, RandomGenerator random, Path datapackRoot) {
        this.world = world;
        this.templates = templates;
        this.ids = ids;
        this.random = random;
        this.datapackRoot = datapackRoot;
    }

    /** Spawns every point and territory NPC of the table but grand bosses; returns how many NPCs were spawned. */
    public int spawnAll(SpawnTable table) {
        int before = byObjectId.size();
        for (SpawnPoint p : table.points()) {
            if ("grand".equals(p.boss())) {
                continue;
            }
            int[] at = {p.x(), p.y(), p.z(), p.heading()};
            start(new SpawnGroup(
                    template(p.npcId()), where(p.file(), p.line()), 1, p.respawnSec(), p.respawnRandomSec(), r -> at));
        }
        for (Territory t : table.territories()) {
            for (Territory.Member m : t.members()) {
                start(new SpawnGroup(
                        template(m.npcId()),
                        where(t.file(), m.line()) + " (territory " + t.name() + ")",
                        m.count(),
                        m.respawnSec(),
                        m.respawnRandomSec(),
                        r -> {
                            int[] p = t.randomPoint(r);
                            return new int[] {p[0], p[1], p[2], r.nextInt(65536)};
                        }));
            }
        }
        return byObjectId.size() - before;
    }

    /** A GM's spawn: {@code count} NPCs at one point that do not come back when killed. */
    public List<Npc> spawnAt(NpcTemplate template, int count, int x, int y, int z, int heading, String origin) {
        SpawnGroup g = new SpawnGroup(template, origin, count, 0, 0, r -> new int[] {x, y, z, heading});
        return start(g);
    }

    /** Removes an NPC from the world for good: its group keeps one fewer and it does not respawn. */
    public void delete(Npc npc) {
        npc.setAfterDeath(() -> {});
        world.despawn(npc);
        SpawnGroup g = byObjectId.remove(npc.objectId());
        if (g != null) {
            g.forget(npc);
        }
    }

    /** The group a living NPC came from (empty for NPCs this spawner did not make). */
    public Optional<SpawnGroup> origin(Npc npc) {
        return Optional.ofNullable(byObjectId.get(npc.objectId()));
    }

    /** Removes every NPC this spawner made and cancels their respawns (before a new spawn table is spawned). */
    public void despawnAll() {
        for (SpawnGroup g : groups) {
            g.deactivate();
            for (Npc npc : List.copyOf(g.livingNpcs())) {
                npc.setAfterDeath(() -> {});
                world.despawn(npc);
                g.remove(npc);
            }
        }
        groups.clear();
        byObjectId.clear();
    }

    /** New templates for the NPCs spawned from now on (a datapack reload). */
    public void setTemplates(NpcTemplates templates) {
        this.templates = templates;
    }

    /** The groups started so far, in start order (tests). */
    List<SpawnGroup> groups() {
        return List.copyOf(groups);
    }

    /** Living NPCs this spawner made. */
    public int living() {
        return byObjectId.size();
    }

    private List<Npc> start(SpawnGroup g) {
        groups.add(g);
        List<Npc> spawned = new ArrayList<>();
        while (g.wantsMore()) {
            spawned.add(spawnOne(g, ids.nextId()));
        }
        return spawned;
    }

    private Npc spawnOne(SpawnGroup g, int objectId) {
        int[] at = g.place(random);
        Npc npc = npc(g.template(), objectId, at[0], at[1], at[2], at[3]);
        g.add(npc);
        byObjectId.put(objectId, g);
        npc.setAfterDeath(() -> died(g, npc));
        world.spawn(npc);
        return npc;
    }

    private void died(SpawnGroup g, Npc npc) {
        byObjectId.remove(npc.objectId(), g);
        if (!g.respawns()) {
            g.forget(npc);
            return;
        }
        g.remove(npc);
        world.schedule(g.respawnDelayMillis(random), () -> {
            if (g.wantsMore()) {
                spawnOne(g, npc.objectId());
            }
        });
    }

    private NpcTemplate template(int npcId) {
        return templates.get(npcId).orElseThrow(() -> new IllegalArgumentException("unknown NPC " + npcId));
    }

    private String where(Path file, int line) {
        Path f = datapackRoot != null && file.startsWith(datapackRoot) ? datapackRoot.relativize(file) : file;
        return f.toString().replace('\\', '/') + ":" + line;
    }

    static Npc npc(NpcTemplate t, int objectId, int x, int y, int z, int heading) {
        return new Npc(objectId, t, x, y, z, heading);
    }
}
