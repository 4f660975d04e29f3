package org.aden.game.world;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.aden.game.world.command.CommandCounts;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Publishes the world's tick statistics and online count over JMX. */
public final class WorldStats implements WorldStatsMBean {
    private static final Logger LOG = LogManager.getLogger(WorldStats.class);

    private final World world;
    private final java.util.function.Supplier<org.aden.game.world.TickStats> outboundLag;
    private final CommandCounts commands;
    private ObjectName name;

    public WorldStats(
            World world,
            java.util.function.Supplier<org.aden.game.world.TickStats> outboundLag,
            CommandCounts commands) {
        this.world = world;
        this.outboundLag = outboundLag;
        this.commands = commands;
    }

    /** Registers as org.aden:type=World (with a suffix when several game servers share a JVM, as in tests). */
    public void register() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        for (int i = 0; i < 100 && name == null; i++) {
            try {
                ObjectName n = new ObjectName("org.aden:type=World" + (i == 0 ? "" : ",instance=" + i));
                server.registerMBean(this, n);
                name = n;
            } catch (javax.management.InstanceAlreadyExistsException e) {
                // another world in this JVM took it; try the next suffix
            } catch (JMException e) {
                LOG.warn("World statistics not published over JMX: {}", e.toString());
                return;
            }
        }
    }

    public void unregister() {
        if (name != null) {
            try {
                ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
            } catch (JMException e) {
                // already gone
            }
            name = null;
        }
    }

    @Override
    public int getOnline() {
        return world.onlineCount();
    }

    @Override
    public long getTicks() {
        return world.tickStats().ticks();
    }

    @Override
    public double getTickP50Millis() {
        return world.tickStats().percentileMicros(50) / 1000.0;
    }

    @Override
    public double getTickP99Millis() {
        return world.tickStats().percentileMicros(99) / 1000.0;
    }

    @Override
    public double getTickMaxMillis() {
        return world.tickStats().maxMicros() / 1000.0;
    }

    @Override
    public double getTickCpuP50Millis() {
        return world.tickStats().cpuPercentileMicros(50) / 1000.0;
    }

    @Override
    public double getTickCpuP99Millis() {
        return world.tickStats().cpuPercentileMicros(99) / 1000.0;
    }

    @Override
    public double getOutboundLagP99Millis() {
        return outboundLag.get().percentileMicros(99) / 1000.0;
    }

    @Override
    public double getOutboundLagMaxMillis() {
        return outboundLag.get().maxMicros() / 1000.0;
    }

    @Override
    public java.util.Map<String, Long> getCommandsApplied() {
        return commands.applied();
    }

    @Override
    public java.util.Map<String, Long> getCommandsRefused() {
        return commands.refused();
    }

    @Override
    public void resetTickStats() {
        commands.reset();
        outboundLag.get().reset();
        world.tickStats().reset();
    }
}
