package org.aden.game.network.server.skill;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x6D SetupGauge: the caster's own cast bar, d color, d time, d total time in ms (§2.5). */
public record SetupGauge(int color, int time, int totalTime) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.SETUP_GAUGE.opcode();
    public static final int BLUE = 0;

    public static SetupGauge cast(int millis) {
        return new SetupGauge(BLUE, millis, millis);
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(color).writeD(time).writeD(totalTime);
    }
}
