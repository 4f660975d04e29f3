package org.aden.game.skill;

import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.skill.RequestSkillList;
import org.aden.game.world.command.PlayerCommands;

/** The skill window, answered on the world thread in world-out order. */
public final class SkillHandlers {
    private SkillHandlers() {}

    public static void register(OpcodeTables tables, PlayerCommands commands) {
        tables.state(ConnectionState.IN_GAME)
                .on(
                        RequestSkillList.OPCODE,
                        "RequestSkillList",
                        RequestSkillList::read,
                        commands.handler(
                                "RequestSkillList",
                                (pl, p) -> pl.send(SkillBook.of(pl).skillList())));
        // RequestSkillCoolTime is answered by the casting engine (cast.CastHandlers), which keeps the reuse
    }
}
