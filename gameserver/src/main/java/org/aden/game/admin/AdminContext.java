package org.aden.game.admin;

import org.aden.game.actor.Player;
import org.aden.game.move.PlayerActions;
import org.aden.game.move.Teleports;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.session.PlayerSessions;
import org.aden.game.world.World;
import org.aden.game.world.command.CommandCounts;

/** What admin commands may use. */
public record AdminContext(
        World world,
        PlayerActions actions,
        Teleports teleports,
        PlayerSessions sessions,
        ShutdownCountdown shutdown,
        CommandCounts commands) {

    /** Feedback to the GM in the system window. */
    public void reply(Player gm, String text) {
        gm.send(SystemMessage.freeText(text));
    }
}
