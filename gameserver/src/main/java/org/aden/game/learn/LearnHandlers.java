package org.aden.game.learn;

import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.skill.RequestAcquireSkill;
import org.aden.game.network.client.skill.RequestAcquireSkillInfo;
import org.aden.game.world.command.PlayerCommands;

/** The client's requests of the skill-learning window. */
public final class LearnHandlers {
    private LearnHandlers() {}

    public static void register(OpcodeTables tables, PlayerCommands commands, SkillLearning learning) {
        tables.state(ConnectionState.IN_GAME)
                .on(
                        RequestAcquireSkillInfo.OPCODE,
                        "RequestAcquireSkillInfo",
                        RequestAcquireSkillInfo::read,
                        commands.handler("RequestAcquireSkillInfo", learning::info))
                .on(
                        RequestAcquireSkill.OPCODE,
                        "RequestAcquireSkill",
                        RequestAcquireSkill::read,
                        commands.handler("RequestAcquireSkill", learning::learn));
    }
}
