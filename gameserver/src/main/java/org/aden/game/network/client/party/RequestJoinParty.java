package org.aden.game.network.client.party;

import org.aden.common.net.PacketReader;

/** C→S 0x29: invite a player by name; the loot type counts when this creates the party (session-party §4.1). */
public record RequestJoinParty(String name, int lootType) {
    public static final int OPCODE = 0x29;

    public static RequestJoinParty read(PacketReader r) {
        return new RequestJoinParty(
                r.readS(16), r.readD()); // Mobius and aCis read the int; one headless client omits it
    }
}
