package org.aden.game.admin;

import org.aden.game.chat.ChatType;
import org.aden.game.network.server.chat.CreatureSay;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.world.ServerControl;
import org.aden.game.world.World;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * //shutdown N, //restart N and //abort: a countdown on the world thread announced to every player,
 * ending in {@link ServerControl#stop}.
 */
public final class ShutdownCountdown {
    private static final Logger LOG = LogManager.getLogger(ShutdownCountdown.class);
    /** "The server will be coming down in $s1 seconds. Please find a safe place to log out." */
    static final int COMING_DOWN = 1;

    private final World world;
    private final ServerControl control;
    private long generation;
    private boolean active;
    private boolean restart;

    public ShutdownCountdown(World world, ServerControl control) {
        this.world = world;
        this.control = control;
    }

    public void start(int seconds, boolean restart, String by) {
        generation++;
        active = true;
        this.restart = restart;
        LOG.info("{} in {} s requested by {}", restart ? "Restart" : "Shutdown", seconds, by);
        step(generation, Math.max(0, seconds));
    }

    public boolean abort(String by) {
        if (!active) {
            return false;
        }
        generation++;
        active = false;
        LOG.info("Shutdown aborted by {}", by);
        world.broadcastAll(new CreatureSay(
                0,
                ChatType.ANNOUNCEMENT.id(),
                "",
                "The server " + (restart ? "restart" : "shutdown") + " was aborted."));
        return true;
    }

    public boolean isActive() {
        return active;
    }

    private void step(long gen, int remaining) {
        if (gen != generation) {
            return;
        }
        if (remaining <= 0) {
            active = false;
            LOG.info("Countdown over: {}", restart ? "restarting" : "shutting down");
            control.stop(restart);
            return;
        }
        if (announced(remaining)) {
            world.broadcastAll(SystemMessage.number(COMING_DOWN, remaining));
            world.broadcastAll(new CreatureSay(
                    0,
                    ChatType.ANNOUNCEMENT.id(),
                    "",
                    "The server will " + (restart ? "restart" : "shut down") + " in " + remaining + " seconds."));
        }
        world.schedule(1000, () -> step(gen, remaining - 1));
    }

    private static boolean announced(int s) {
        return s <= 5 || s == 10 || s == 20 || s == 30 || (s <= 300 && s % 60 == 0) || s % 300 == 0;
    }
}
