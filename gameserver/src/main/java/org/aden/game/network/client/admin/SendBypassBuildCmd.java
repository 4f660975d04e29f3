package org.aden.game.network.client.admin;

import org.aden.common.net.PacketReader;

/** C→S 0x5B: a GM "//" command line, without the slashes. */
public record SendBypassBuildCmd(String command) {
    public static final int OPCODE = 0x5B;

    public static SendBypassBuildCmd read(PacketReader r) {
        return new SendBypassBuildCmd(r.readS(1024));
    }
}
