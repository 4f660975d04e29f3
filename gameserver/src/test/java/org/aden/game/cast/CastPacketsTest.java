package org.aden.game.cast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.List;
import org.aden.common.net.PacketReader;
import org.aden.game.network.client.skill.RequestMagicSkillUse;
import org.aden.game.network.server.skill.MagicSkillCanceld;
import org.aden.game.network.server.skill.MagicSkillLaunched;
import org.aden.game.network.server.skill.MagicSkillUse;
import org.aden.game.network.server.skill.SetupGauge;
import org.aden.game.network.server.skill.SkillCoolTime;
import org.aden.game.network.server.world.AbnormalStatusUpdate;
import org.junit.jupiter.api.Test;

/** Byte layouts against world-combat-skills.md §2, world-session-party.md §2.3 and combat-effects.md §1. */
class CastPacketsTest {
    static ByteBuffer le(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void requestMagicSkillUseIsSkillIdIntCtrlAndByteShift() {
        byte[] body = HexFormat.of().parseHex("99040000" + "01000000" + "00");
        RequestMagicSkillUse r = RequestMagicSkillUse.read(new PacketReader(body, 0, body.length));
        assertEquals(1177, r.skillId());
        assertTrue(r.ctrlPressed());
        assertFalse(r.shiftPressed());
    }

    @Test
    void magicSkillUseHasFlagCountZeroBeforeTheTargetPosition() {
        ByteBuffer b = le(new MagicSkillUse(11, 22, 1177, 3, 4000, 1000, 1, -2, 3, 4, -5, 6).encode());
        assertEquals(53, b.capacity()); // §2.2: target Z at 49
        assertEquals(0x48, b.get(0));
        assertEquals(11, b.getInt(1));
        assertEquals(22, b.getInt(5));
        assertEquals(1177, b.getInt(9));
        assertEquals(3, b.getInt(13));
        assertEquals(4000, b.getInt(17));
        assertEquals(1000, b.getInt(21));
        assertEquals(1, b.getInt(25));
        assertEquals(-2, b.getInt(29));
        assertEquals(3, b.getInt(33));
        assertEquals(0, b.getInt(37));
        assertEquals(4, b.getInt(41));
        assertEquals(-5, b.getInt(45));
        assertEquals(6, b.getInt(49));
    }

    @Test
    void launchedCanceldAndGauge() {
        ByteBuffer l = le(new MagicSkillLaunched(11, 1177, 3, List.of(22)).encode());
        assertEquals(21, l.capacity());
        assertEquals(0x76, l.get(0));
        assertEquals(11, l.getInt(1));
        assertEquals(1177, l.getInt(5));
        assertEquals(3, l.getInt(9));
        assertEquals(1, l.getInt(13));
        assertEquals(22, l.getInt(17));
        ByteBuffer c = le(new MagicSkillCanceld(11).encode());
        assertEquals(5, c.capacity());
        assertEquals(0x49, c.get(0));
        assertEquals(11, c.getInt(1));
        ByteBuffer g = le(SetupGauge.cast(4000).encode());
        assertEquals(13, g.capacity());
        assertEquals(0x6D, g.get(0));
        assertEquals(0, g.getInt(1));
        assertEquals(4000, g.getInt(5));
        assertEquals(4000, g.getInt(9));
    }

    @Test
    void abnormalStatusUpdateMatchesTheReferenceSample() {
        // combat-effects.md §1: Shield level 3, 19 min 40 s left
        assertArrayEquals(
                HexFormat.of().parseHex("7F0100100400000300" + "9C040000"),
                new AbnormalStatusUpdate(List.of(new AbnormalStatusUpdate.Icon(1040, 3, 1180))).encode());
        assertArrayEquals(HexFormat.of().parseHex("7F0000"), new AbnormalStatusUpdate().encode());
    }

    @Test
    void skillCoolTimeEntriesAreSixteenBytes() {
        ByteBuffer b = le(new SkillCoolTime(List.of(new SkillCoolTime.Entry(4, 1, 30, 12))).encode());
        assertEquals(21, b.capacity());
        assertEquals((byte) 0xC1, b.get(0));
        assertEquals(1, b.getInt(1));
        assertEquals(4, b.getInt(5));
        assertEquals(1, b.getInt(9));
        assertEquals(30, b.getInt(13));
        assertEquals(12, b.getInt(17));
        assertArrayEquals(HexFormat.of().parseHex("C100000000"), new SkillCoolTime().encode());
    }

    @Test
    void magicDamageIsTheInterludeFormula() {
        // 91 × √mAtk / mDef × power: mAtk 100, mDef 50, power 15 → 91 × 10 / 50 × 15 = 273
        assertEquals(273, MagicDamage.damage(100, 50, 15, 1));
        // a blessed spiritshot quadruples M.Atk: √400 = 20 → 546
        assertEquals(546, MagicDamage.damage(100, 50, 15, 4));
        assertEquals(1, MagicDamage.damage(1, 100_000, 1, 1), "at least 1");
        // physical skills: 70 × (P.Atk + power) / P.Def = 70 × (50 + 30) / 40 = 140
        assertEquals(140, PhysicalSkillDamage.damage(50, 40, 30, 1));
        assertEquals(227, PhysicalSkillDamage.damage(50, 40, 30, 2), "a soulshot doubles P.Atk: 70 × 130 / 40");
    }
}
