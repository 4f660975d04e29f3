package org.aden.game.quest;

import java.util.function.ObjIntConsumer;
import org.aden.game.actor.Player;
import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.quest.RequestQuestAbort;
import org.aden.game.network.client.quest.RequestQuestList;
import org.aden.game.world.command.PlayerCommands;

/** The quest window: its list, and aborting a quest (done by whoever runs the quests, given as {@code abort}). */
public final class QuestHandlers {
    private QuestHandlers() {}

    public static void register(OpcodeTables tables, PlayerCommands commands, ObjIntConsumer<Player> abort) {
        tables.state(ConnectionState.IN_GAME)
                .on(
                        RequestQuestList.OPCODE,
                        "RequestQuestList",
                        RequestQuestList::read,
                        commands.handler(
                                "RequestQuestList",
                                (pl, p) -> pl.send(QuestLog.of(pl).questList())))
                .on(
                        RequestQuestAbort.OPCODE,
                        "RequestQuestAbort",
                        RequestQuestAbort::read,
                        commands.handler("RequestQuestAbort", (pl, p) -> abort.accept(pl, p.questId())));
    }
}
