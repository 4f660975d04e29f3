package org.aden.game.network.client.party;

import org.aden.common.net.PacketReader;

/** C→S 0x2C: the leader expels a member by name (session-party §4.10). */
public record RequestOustPartyMember(String name) {
    public static final int OPCODE = 0x2C;

    public static RequestOustPartyMember read(PacketReader r) {
        return new RequestOustPartyMember(r.readS(16));
    }
}
