package org.aden.game.network.server.skill;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/**
 * S→C 0xC1 SkillCoolTime: d count, per skill still on reuse d skillId, d level, d total reuse (s), d remaining (s)
 * (world-session-party.md §2.3).
 */
public record SkillCoolTime(List<Entry> entries) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.SKILL_COOL_TIME.opcode();

    /** One skill on reuse. */
    public record Entry(int skillId, int level, int totalSeconds, int remainingSeconds) {}

    public SkillCoolTime {
        entries = List.copyOf(entries);
    }

    public SkillCoolTime() {
        this(List.of());
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(entries.size());
        for (Entry e : entries) {
            w.writeD(e.skillId()).writeD(e.level()).writeD(e.totalSeconds()).writeD(e.remainingSeconds());
        }
    }
}
