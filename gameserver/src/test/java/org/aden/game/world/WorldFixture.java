package org.aden.game.world;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aden.game.TestData;
import org.aden.game.actor.Appearance;
import org.aden.game.actor.Player;
import org.aden.game.actor.PlayerState;
import org.aden.game.move.PlayerActions;
import org.aden.game.presence.Presences;
import org.aden.game.session.PlayerFactory;
import org.aden.game.stat.PlayerStats;

/** A world on a fake clock plus helpers to put recorded players into it. */
public final class WorldFixture {
    public final FakeClock clock = new FakeClock();
    public final World world;
    public final PlayerActions actions;
    /** The datapack's character templates and items, loaded once for all tests. */
    public static final PlayerFactory PLAYERS = new PlayerFactory(
            TestData.world().items(), new PlayerStats(TestData.world().characterTemplates()));

    private final Map<Player, RecordingSink> sinks = new HashMap<>();
    private int nextId = 0x10000000;

    public WorldFixture() {
        this(WorldSettings.defaults());
    }

    public WorldFixture(WorldSettings settings) {
        world = new World(settings, clock, new Presences());
        actions = new PlayerActions(world);
    }

    public Player player(String name, int x, int y) {
        return player(name, x, y, 0, 0);
    }

    /** A player of a race (Appearance numbering) and class. */
    public Player player(String name, int x, int y, int race, int classId) {
        int id = nextId++;
        PlayerState s = new PlayerState(
                id,
                "acc_" + name.toLowerCase(),
                name,
                new Appearance(race, 0, classId, 0, 0, 0),
                classId,
                1,
                0,
                0,
                x,
                y,
                -3000,
                0,
                -1,
                -1,
                -1,
                "",
                0,
                0,
                0,
                false,
                false,
                0xFFFFFF,
                0xECF9A2,
                0,
                0,
                0);
        Player p = PLAYERS.create(s, List.of(), List.of(), List.of(), List.of());
        RecordingSink sink = new RecordingSink();
        p.attach(sink);
        sinks.put(p, sink);
        world.spawn(p);
        return p;
    }

    public RecordingSink sink(Player p) {
        return sinks.get(p);
    }

    /** Runs queued commands, then {@code n} ticks of the configured length. */
    public void ticks(int n) {
        world.tick();
        for (int i = 0; i < n; i++) {
            clock.advance(world.settings().tickMillis());
            world.tick();
        }
    }

    public void clearSinks() {
        sinks.values().forEach(RecordingSink::clear);
    }
}
