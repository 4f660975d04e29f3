package org.aden.game.combat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.aden.common.net.PacketReader;
import org.aden.game.network.client.combat.AttackRequest;
import org.aden.game.network.client.combat.RequestRestartPoint;
import org.aden.game.network.server.combat.Attack;
import org.aden.game.network.server.combat.AutoAttackStart;
import org.aden.game.network.server.combat.AutoAttackStop;
import org.aden.game.network.server.combat.Die;
import org.aden.game.network.server.combat.Revive;
import org.junit.jupiter.api.Test;

/** Byte layouts against world-combat-skills.md §1.1-1.4 and §3. */
class CombatPacketsTest {
    static ByteBuffer le(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void attackIsOneHitWithItsFlagsAndNoExtraHits() {
        ByteBuffer b = le(new Attack(11, 22, 35, Attack.CRITICAL | Attack.SHIELD, -1, 2, -3).encode());
        assertEquals(28, b.capacity()); // §1.2: 26 + h extra-hit count, aCis's end
        assertEquals(0x05, b.get(0));
        assertEquals(11, b.getInt(1));
        assertEquals(22, b.getInt(5));
        assertEquals(35, b.getInt(9));
        assertEquals(0x60, b.get(13));
        assertEquals(-1, b.getInt(14));
        assertEquals(2, b.getInt(18));
        assertEquals(-3, b.getInt(22));
        assertEquals(0, b.getShort(26));
        assertEquals(
                (byte) 0x80,
                le(new Attack(1, 2, 0, Attack.MISS, 0, 0, 0).encode()).get(13));
    }

    @Test
    void stanceDieAndRevive() {
        ByteBuffer s = le(new AutoAttackStart(7).encode());
        assertEquals(5, s.capacity());
        assertEquals(0x2B, s.get(0));
        assertEquals(7, s.getInt(1));
        ByteBuffer t = le(new AutoAttackStop(7).encode());
        assertEquals(0x2C, t.get(0));
        assertEquals(7, t.getInt(1));
        ByteBuffer d = le(new Die(9, true, true).encode());
        assertEquals(29, d.capacity()); // §3.1: opcode + id + six ints
        assertEquals(0x06, d.get(0));
        assertEquals(9, d.getInt(1));
        assertEquals(1, d.getInt(5)); // to village
        assertEquals(0, d.getInt(9));
        assertEquals(0, d.getInt(13));
        assertEquals(0, d.getInt(17));
        assertEquals(1, d.getInt(21)); // sweepable
        assertEquals(0, d.getInt(25)); // fixed resurrect
        ByteBuffer r = le(new Revive(9).encode());
        assertEquals(5, r.capacity());
        assertEquals(0x07, r.get(0));
        assertEquals(9, r.getInt(1));
    }

    @Test
    void clientRequests() {
        ByteBuffer a = ByteBuffer.allocate(17).order(ByteOrder.LITTLE_ENDIAN);
        a.putInt(0x1234).putInt(10).putInt(20).putInt(-30).put((byte) 1);
        AttackRequest ar = AttackRequest.read(new PacketReader(a.array(), 0, 17));
        assertEquals(new AttackRequest(0x1234, 10, 20, -30, 1), ar);
        ByteBuffer p = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0);
        assertEquals(
                RequestRestartPoint.TO_VILLAGE,
                RequestRestartPoint.read(new PacketReader(p.array(), 0, 4)).pointType());
        assertEquals(0x0A, AttackRequest.OPCODE);
        assertEquals(0x6D, RequestRestartPoint.OPCODE);
    }
}
