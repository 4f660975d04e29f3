package org.aden.game.lobby;

import org.aden.game.character.CharacterSnapshot;
import org.aden.game.network.ConnectionState;
import org.aden.game.network.GameClient;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.lobby.CharacterCreate;
import org.aden.game.network.client.lobby.CharacterDelete;
import org.aden.game.network.client.lobby.CharacterRestore;
import org.aden.game.network.client.lobby.CharacterSelect;
import org.aden.game.network.client.lobby.EnterWorld;
import org.aden.game.network.client.lobby.Logout;
import org.aden.game.network.client.lobby.NewCharacter;
import org.aden.game.network.client.lobby.RequestRestart;
import org.aden.game.network.client.manor.RequestManorList;
import org.aden.game.network.server.manor.ExSendManorList;
import org.aden.game.network.server.system.LeaveWorld;

/**
 * The client packets of character selection and entering (IN_LOBBY, ENTERING; CONNECTED is auth/'s). Handlers run
 * on the I/O thread and only enqueue: database work goes through {@link GameClient#execute}.
 */
public final class LobbyPackets {
    /** Opcodes of stray packets real clients send around character selection (world-session-party.md §1.1). */
    static final int REQUEST_SKILL_COOL_TIME = 0x9D;

    static final int REQUEST_PLEDGE_CREST = 0x68;
    static final int REQUEST_QUEST_LIST = 0x63;
    static final int REQUEST_SKILL_LIST = 0x3F;

    private LobbyPackets() {}

    public static void register(OpcodeTables tables, Lobby lobby, WorldGateway world) {
        tables.state(ConnectionState.IN_LOBBY)
                .on(NewCharacter.OPCODE, "NewCharacter", NewCharacter::read, (c, p) -> lobby.newCharacter(c))
                .on(
                        CharacterCreate.OPCODE,
                        "CharacterCreate",
                        CharacterCreate::read,
                        (c, p) -> c.execute(() -> lobby.catching(c, () -> lobby.create(c, p))))
                .on(
                        CharacterDelete.OPCODE,
                        "CharacterDelete",
                        CharacterDelete::read,
                        (c, p) -> c.execute(() -> lobby.guarded(c, () -> lobby.delete(c, p.slot()))))
                .on(
                        CharacterRestore.OPCODE,
                        "CharacterRestore",
                        CharacterRestore::read,
                        (c, p) -> c.execute(() -> lobby.guarded(c, () -> lobby.restore(c, p.slot()))))
                .on(
                        CharacterSelect.OPCODE,
                        "CharacterSelect",
                        CharacterSelect::read,
                        (c, p) -> c.execute(() -> lobby.guarded(c, () -> lobby.select(c, p.slot()))))
                // no character selected: REF just closes, LeaveWorld belongs to a character leaving (game-handshake.md
                // §4.10)
                .on(Logout.OPCODE, "Logout", Logout::read, (c, p) -> c.close())
                .on(
                        RequestRestart.OPCODE,
                        "RequestRestart",
                        RequestRestart::read,
                        (c, p) -> c.execute(() -> lobby.guarded(c, () -> lobby.returnToCharacterSelection(c))))
                .ignore(REQUEST_PLEDGE_CREST, "RequestPledgeCrest") // clan crests: no clans yet
                .ignore(REQUEST_SKILL_COOL_TIME, "RequestSkillCoolTime")
                .ignoreExtended(RequestManorList.SUB_OPCODE, "RequestManorList");

        tables.state(ConnectionState.ENTERING)
                .on(EnterWorld.OPCODE, "EnterWorld", EnterWorld::read, (c, p) -> enterWorld(c, world))
                .on(Logout.OPCODE, "Logout", Logout::read, LobbyPackets::logout)
                .on(
                        RequestRestart.OPCODE,
                        "RequestRestart",
                        RequestRestart::read,
                        (c, p) -> c.execute(() -> lobby.guarded(c, () -> lobby.returnToCharacterSelection(c))))
                // sent by real clients while loading the world; answered or ignored, never fatal
                .onExtended(
                        RequestManorList.SUB_OPCODE,
                        "RequestManorList",
                        RequestManorList::read,
                        (c, p) -> c.send(ExSendManorList.INTERLUDE))
                .ignore(REQUEST_SKILL_COOL_TIME, "RequestSkillCoolTime")
                .ignore(REQUEST_QUEST_LIST, "RequestQuestList")
                .ignore(REQUEST_SKILL_LIST, "RequestSkillList")
                .ignore(REQUEST_PLEDGE_CREST, "RequestPledgeCrest");
    }

    private static void logout(GameClient client, Logout p) {
        client.sendAndClose(new LeaveWorld());
    }

    private static void enterWorld(GameClient client, WorldGateway world) {
        CharacterSnapshot character = client.attachment(CharacterSnapshot.class);
        if (character == null || !client.transition(ConnectionState.ENTERING, ConnectionState.IN_GAME)) {
            return;
        }
        world.enterWorld(client, character);
    }
}
