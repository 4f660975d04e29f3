package org.aden.game.quest;

import java.util.function.BiConsumer;
import java.util.function.IntSupplier;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.npc.NpcTemplate;
import org.aden.game.npc.NpcTemplates;
import org.aden.game.world.World;

/**
 * The server's {@link QuestSpawns}: a fresh NPC of the template, spawned in the world, set on the player through
 * combat, and despawned after {@link #LINGER_MILLIS} if it is still standing (a corpse goes the usual way).
 */
public final class MonsterSpawns implements QuestSpawns {
    /** How long a quest monster waits for its fight before it goes. */
    public static final long LINGER_MILLIS = 120_000;

    private final World world;
    private final NpcTemplates templates;
    private final IntSupplier ids;
    private final BiConsumer<Npc, Player> attack;

    public MonsterSpawns(World world, NpcTemplates templates, IntSupplier ids, BiConsumer<Npc, Player> attack) {
        this.world = world;
        this.templates = templates;
        this.ids = ids;
        this.attack = attack;
    }

    @Override
    public Npc spawnAttacker(int templateId, int x, int y, int z, Player target) {
        NpcTemplate t = templates.get(templateId).orElse(null);
        if (t == null) {
            return null;
        }
        Npc npc = new Npc(ids.getAsInt(), t, x, y, z, 0);
        world.spawn(npc);
        attack.accept(npc, target);
        world.schedule(LINGER_MILLIS, () -> {
            if (!npc.isDead() && world.object(npc.objectId()) == npc) {
                world.despawn(npc);
            }
        });
        return npc;
    }
}
