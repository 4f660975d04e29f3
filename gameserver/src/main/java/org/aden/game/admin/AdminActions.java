package org.aden.game.admin;

import org.aden.game.actor.PacketSink;
import org.aden.game.actor.Player;
import org.aden.game.chat.ChatType;
import org.aden.game.network.server.chat.CreatureSay;
import org.aden.game.network.server.system.LeaveWorld;

/** What //kick and //announce do, shared with the web console (world thread). */
public final class AdminActions {
    private AdminActions() {}

    /** Sends LeaveWorld, takes the character out of the world (it is saved) and closes its connection. */
    public static void kick(AdminContext ctx, Player target) {
        PacketSink sink = target.sink();
        target.send(new LeaveWorld());
        ctx.sessions().leave(target);
        sink.close();
    }

    /** An announcement in every player's chat window. */
    public static void announce(AdminContext ctx, String text) {
        ctx.world().broadcastAll(new CreatureSay(0, ChatType.ANNOUNCEMENT.id(), "", text));
    }
}
