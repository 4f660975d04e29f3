package org.aden.game.network.client.party;

import org.aden.common.net.PacketReader;

/** C→S 0xD0:0004: the leader hands the party over to a member, by name (session-party §4.10). */
public record RequestChangePartyLeader(String name) {
    public static final int SUB_OPCODE = 0x0004;

    public static RequestChangePartyLeader read(PacketReader r) {
        return new RequestChangePartyLeader(r.readS(16));
    }
}
