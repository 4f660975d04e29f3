package org.aden.game.chat;

import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.chat.Say2;
import org.aden.game.world.command.PlayerCommands;

/** Say2: every chat line (and "//" GM commands typed in chat). */
public final class ChatHandlers {
    private ChatHandlers() {}

    public static void register(OpcodeTables tables, PlayerCommands commands, ChatService chat) {
        tables.state(ConnectionState.IN_GAME)
                .on(
                        Say2.OPCODE,
                        "Say2",
                        Say2::read,
                        commands.handler("Say2", (pl, p) -> chat.say(pl, p.text(), p.chatType(), p.targetName())));
    }
}
