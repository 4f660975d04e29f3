package org.aden.game.session;

import org.aden.common.net.ServerPacket;
import org.aden.game.actor.WorldObject;
import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTable;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.lobby.EnterWorld;
import org.aden.game.network.client.lobby.Logout;
import org.aden.game.network.client.lobby.RequestRestart;
import org.aden.game.network.client.world.RequestRecordInfo;
import org.aden.game.presence.PlayerPresence;
import org.aden.game.world.World;
import org.aden.game.world.command.PlayerCommands;

/** Leaving the world, re-sending what the player sees, and the stray packets real clients send in game. */
public final class SessionHandlers {
    private SessionHandlers() {}

    public static void register(OpcodeTables tables, PlayerCommands commands, World world, WorldSession session) {
        OpcodeTable t = tables.state(ConnectionState.IN_GAME);
        t.on(Logout.OPCODE, "Logout", Logout::read, (c, p) -> session.logout(c));
        t.on(RequestRestart.OPCODE, "RequestRestart", RequestRestart::read, (c, p) -> session.restart(c));
        t.on(
                RequestRecordInfo.OPCODE,
                "RequestRecordInfo",
                RequestRecordInfo::read,
                commands.handler("RequestRecordInfo", (pl, p) -> {
                    pl.send(PlayerPresence.userInfo(pl));
                    for (WorldObject o : pl.known()) {
                        for (ServerPacket packet : world.presence().appear(o)) {
                            pl.send(packet);
                        }
                    }
                }));
        // stray or not-yet-supported packets real clients send in game: consumed quietly, never fatal
        t.ignore(EnterWorld.OPCODE, "EnterWorld (again)");
        t.ignore(0xA8, "NetPing");
        t.ignore(0xCA, "GameGuardReply");
        t.ignore(0xCE, "Messenger");
        t.ignore(0xCD, "RequestShowMiniMap");
        t.ignore(0x68, "RequestPledgeCrest");
        t.ignore(0x4A, "StartRotating");
        t.ignore(0x4B, "FinishRotating");
    }
}
