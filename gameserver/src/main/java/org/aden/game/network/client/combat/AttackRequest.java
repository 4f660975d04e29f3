package org.aden.game.network.client.combat;

import org.aden.common.net.PacketReader;

/** C→S 0x0A: attack an object (forced attack, or a click on the attackable target); world-combat-skills.md §1.1. */
public record AttackRequest(int objectId, int originX, int originY, int originZ, int actionId) {
    public static final int OPCODE = 0x0A;

    public static AttackRequest read(PacketReader r) {
        return new AttackRequest(r.readD(), r.readD(), r.readD(), r.readD(), r.readC());
    }
}
