package org.aden.game.world.net;

import org.aden.common.net.ServerPacket;
import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTable;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.Action;
import org.aden.game.network.client.Appearing;
import org.aden.game.network.client.BypassUserCmd;
import org.aden.game.network.client.CannotMoveAnymore;
import org.aden.game.network.client.EnterWorld;
import org.aden.game.network.client.Logout;
import org.aden.game.network.client.MoveBackwardToLocation;
import org.aden.game.network.client.RequestActionUse;
import org.aden.game.network.client.RequestChangeMoveType;
import org.aden.game.network.client.RequestChangeWaitType;
import org.aden.game.network.client.RequestItemList;
import org.aden.game.network.client.RequestManorList;
import org.aden.game.network.client.RequestQuestList;
import org.aden.game.network.client.RequestRecordInfo;
import org.aden.game.network.client.RequestRestart;
import org.aden.game.network.client.RequestSkillCoolTime;
import org.aden.game.network.client.RequestSkillList;
import org.aden.game.network.client.RequestSocialAction;
import org.aden.game.network.client.RequestTargetCanceld;
import org.aden.game.network.client.Say2;
import org.aden.game.network.client.SendBypassBuildCmd;
import org.aden.game.network.client.TradeRequest;
import org.aden.game.network.client.ValidatePosition;
import org.aden.game.network.server.ActionFailed;
import org.aden.game.network.server.ExSendManorList;
import org.aden.game.network.server.ItemList;
import org.aden.game.network.server.QuestList;
import org.aden.game.network.server.SkillCoolTime;
import org.aden.game.network.server.SkillList;
import org.aden.game.network.server.SystemMessage;
import org.aden.game.network.server.UserInfo;
import org.aden.game.world.WorldObject;

/** The client packets of the IN_GAME state; every handler only enqueues a command for the world thread. */
final class InGamePackets {
    private final WorldModule m;

    InGamePackets(WorldModule module) {
        this.m = module;
    }

    void register(OpcodeTables tables) {
        OpcodeTable t = tables.state(ConnectionState.IN_GAME);
        t.on(
                MoveBackwardToLocation.OPCODE,
                "MoveBackwardToLocation",
                MoveBackwardToLocation::read,
                (c, p) -> m.withPlayer(c, pl -> m.actions().moveTo(pl, p.targetX(), p.targetY(), p.targetZ())));
        t.on(
                ValidatePosition.OPCODE,
                "ValidatePosition",
                ValidatePosition::read,
                (c, p) -> m.withPlayer(c, pl -> m.actions().validatePosition(pl, p.x(), p.y(), p.z(), p.heading())));
        t.on(
                CannotMoveAnymore.OPCODE,
                "CannotMoveAnymore",
                CannotMoveAnymore::read,
                (c, p) -> m.withPlayer(c, pl -> m.actions().blocked(pl, p.heading())));
        t.on(
                Action.OPCODE,
                "Action",
                Action::read,
                (c, p) -> m.withPlayer(c, pl -> m.actions().action(pl, p.objectId())));
        t.on(
                RequestTargetCanceld.OPCODE,
                "RequestTargetCanceld",
                RequestTargetCanceld::read,
                (c, p) -> m.withPlayer(c, pl -> m.actions().cancelTarget(pl)));
        t.on(
                RequestActionUse.OPCODE,
                "RequestActionUse",
                RequestActionUse::read,
                (c, p) -> m.withPlayer(c, pl -> {
                    switch (p.actionId()) {
                        case RequestActionUse.SIT_STAND -> m.actions().setSitting(pl, !pl.isSitting());
                        case RequestActionUse.WALK_RUN -> m.actions().setRunning(pl, !pl.isRunning());
                        default -> pl.send(ActionFailed.INSTANCE); // stores, pets, mounts: later issues
                    }
                }));
        t.on(
                RequestChangeMoveType.OPCODE,
                "RequestChangeMoveType",
                RequestChangeMoveType::read,
                (c, p) -> m.withPlayer(c, pl -> m.actions().setRunning(pl, p.run())));
        t.on(
                RequestChangeWaitType.OPCODE,
                "RequestChangeWaitType",
                RequestChangeWaitType::read,
                (c, p) -> m.withPlayer(c, pl -> m.actions().setSitting(pl, !p.stand())));
        t.on(
                RequestSocialAction.OPCODE,
                "RequestSocialAction",
                RequestSocialAction::read,
                (c, p) -> m.withPlayer(c, pl -> m.actions().social(pl, p.actionId())));
        t.on(
                Say2.OPCODE,
                "Say2",
                Say2::read,
                (c, p) -> m.withPlayer(c, pl -> m.chat().say(pl, p.text(), p.chatType(), p.targetName())));
        t.on(
                SendBypassBuildCmd.OPCODE,
                "SendBypassBuildCmd",
                SendBypassBuildCmd::read,
                (c, p) -> m.withPlayer(c, pl -> m.admin().handle(pl, p.command())));
        t.on(
                BypassUserCmd.OPCODE,
                "BypassUserCmd",
                BypassUserCmd::read,
                (c, p) -> m.withPlayer(c, pl -> {
                    if (p.commandId() == BypassUserCmd.LOC) {
                        pl.send(SystemMessage.freeText("Current location: " + pl.x() + ", " + pl.y() + ", " + pl.z()));
                    }
                }));
        t.on(
                Appearing.OPCODE,
                "Appearing",
                Appearing::read,
                (c, p) -> m.withPlayer(c, pl -> m.teleports().appeared(pl)));
        t.on(
                RequestRecordInfo.OPCODE,
                "RequestRecordInfo",
                RequestRecordInfo::read,
                (c, p) -> m.withPlayer(c, pl -> {
                    pl.send(UserInfo.of(pl));
                    for (WorldObject o : pl.known()) {
                        for (ServerPacket packet : o.appearPackets()) {
                            pl.send(packet);
                        }
                    }
                }));
        t.on(
                RequestItemList.OPCODE,
                "RequestItemList",
                RequestItemList::read,
                (c, p) -> m.withPlayer(c, pl -> pl.send(new ItemList(true, pl.inventory()))));
        t.on(
                TradeRequest.OPCODE,
                "TradeRequest",
                TradeRequest::read,
                (c, p) -> m.withPlayer(c, pl -> {
                    if (p.inventoryRequest()) { // TS client's bare 0x15 means "open inventory" (ts-client-compat D9)
                        pl.send(new ItemList(true, pl.inventory()));
                    } else {
                        pl.send(ActionFailed.INSTANCE); // trading is not implemented yet: unlock the client
                    }
                }));
        t.on(
                RequestSkillList.OPCODE,
                "RequestSkillList",
                RequestSkillList::read,
                (c, p) -> m.withPlayer(c, pl -> pl.send(new SkillList(pl.skills()))));
        t.on(
                RequestQuestList.OPCODE,
                "RequestQuestList",
                RequestQuestList::read,
                (c, p) -> m.withPlayer(c, pl -> pl.send(new QuestList(pl.quests()))));
        t.on(
                RequestSkillCoolTime.OPCODE,
                "RequestSkillCoolTime",
                RequestSkillCoolTime::read,
                (c, p) -> c.send(new SkillCoolTime()));
        t.onExtended(
                RequestManorList.SUB_OPCODE,
                "RequestManorList",
                RequestManorList::read,
                (c, p) -> c.send(ExSendManorList.INTERLUDE));
        t.on(Logout.OPCODE, "Logout", Logout::read, (c, p) -> m.logout(c));
        t.on(RequestRestart.OPCODE, "RequestRestart", RequestRestart::read, (c, p) -> m.restart(c));
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
