package org.aden.game.skill;

import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.skill.RequestSkillCoolTime;
import org.aden.game.network.client.skill.RequestSkillList;
import org.aden.game.network.server.skill.SkillCoolTime;
import org.aden.game.world.command.PlayerCommands;

/** The skill window and the cool-down list, answered on the world thread in world-out order. */
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
                                (pl, p) -> pl.send(SkillBook.of(pl).skillList())))
                .on(
                        RequestSkillCoolTime.OPCODE,
                        "RequestSkillCoolTime",
                        RequestSkillCoolTime::read,
                        commands.handler("RequestSkillCoolTime", (pl, p) -> pl.send(new SkillCoolTime())));
    }
}
