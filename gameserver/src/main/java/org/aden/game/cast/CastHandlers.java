package org.aden.game.cast;

import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.skill.RequestMagicSkillUse;
import org.aden.game.network.client.skill.RequestSkillCoolTime;
import org.aden.game.world.command.PlayerCommands;

/** Casting a skill and the cool-down list, on the world thread. */
public final class CastHandlers {
    private CastHandlers() {}

    public static void register(OpcodeTables tables, PlayerCommands commands, Casting casting) {
        tables.state(ConnectionState.IN_GAME)
                .on(
                        RequestMagicSkillUse.OPCODE,
                        "RequestMagicSkillUse",
                        RequestMagicSkillUse::read,
                        commands.handler("RequestMagicSkillUse", casting::request))
                .on(
                        RequestSkillCoolTime.OPCODE,
                        "RequestSkillCoolTime",
                        RequestSkillCoolTime::read,
                        commands.handler(
                                "RequestSkillCoolTime",
                                (p, r) -> p.send(SkillReuse.of(p).coolTime(casting.now()))));
    }
}
