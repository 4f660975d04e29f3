package org.aden.game.world.command;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.aden.game.actor.Player;
import org.aden.game.network.GameClient;
import org.aden.game.network.PacketHandler;
import org.aden.game.world.World;

/**
 * Turns what a connection asks for into typed commands on the world's queue. Each command has a type name
 * (the client packet's, e.g. "MoveBackwardToLocation"); on the world thread the guards run first, in order,
 * and any of them can stop it; applied and refused commands are counted per type ({@link #counts()}).
 */
public final class PlayerCommands {
    private final World world;
    private final List<Guard> guards;
    private final CommandCounts counts = new CommandCounts();

    public PlayerCommands(World world, List<Guard> guards) {
        this.world = world;
        this.guards = List.copyOf(guards);
    }

    public PlayerCommands(World world) {
        this(world, List.of(Guard.IN_WORLD));
    }

    public CommandCounts counts() {
        return counts;
    }

    /** Queues a command for the connection's player. Any thread. */
    public void submit(GameClient client, String type, Consumer<Player> command) {
        world.submit(() -> {
            Player p = client.attachment(Player.class);
            if (p == null) {
                counts.refused(type);
                return;
            }
            apply(p, type, command);
        });
    }

    /** Runs a command for a player now (world thread), behind the guards. */
    public void apply(Player p, String type, Consumer<Player> command) {
        for (Guard g : guards) {
            if (!g.allows(p, type)) {
                counts.refused(type);
                return;
            }
        }
        counts.applied(type);
        command.accept(p);
    }

    /** A packet handler that submits one command of the given type per packet. */
    public <P> PacketHandler<P> handler(String type, BiConsumer<Player, P> command) {
        return (client, packet) -> submit(client, type, p -> command.accept(p, packet));
    }
}
