package org.aden.game.quest;

import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.quest.RequestQuestList;
import org.aden.game.world.command.PlayerCommands;

/** The quest window. */
public final class QuestHandlers {
    private QuestHandlers() {}

    public static void register(OpcodeTables tables, PlayerCommands commands) {
        tables.state(ConnectionState.IN_GAME)
                .on(
                        RequestQuestList.OPCODE,
                        "RequestQuestList",
                        RequestQuestList::read,
                        commands.handler(
                                "RequestQuestList",
                                (pl, p) -> pl.send(QuestLog.of(pl).questList())));
    }
}
