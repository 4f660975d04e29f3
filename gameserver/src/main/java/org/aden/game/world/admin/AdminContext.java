package org.aden.game.world.admin;

import org.aden.game.network.server.SystemMessage;
import org.aden.game.world.Player;
import org.aden.game.world.PlayerActions;
import org.aden.game.world.PlayerSessions;
import org.aden.game.world.ShutdownCountdown;
import org.aden.game.world.Teleports;
import org.aden.game.world.World;

/** What admin commands may use. */
public record AdminContext(
        World world, PlayerActions actions, Teleports teleports, PlayerSessions sessions, ShutdownCountdown shutdown) {

    /** Feedback to the GM in the system window. */
    public void reply(Player gm, String text) {
        gm.send(SystemMessage.freeText(text));
    }
}
