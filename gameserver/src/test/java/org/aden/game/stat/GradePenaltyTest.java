package org.aden.game.stat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aden.common.net.PacketReader;
import org.aden.game.TestData;
import org.aden.game.actor.Player;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLocation;
import org.aden.game.item.PaperdollSlot;
import org.aden.game.network.server.world.EtcStatusUpdate;
import org.aden.game.skill.SkillBook;
import org.aden.game.skill.SkillData;
import org.aden.game.world.RecordingSink;
import org.aden.game.world.WorldFixture;
import org.junit.jupiter.api.Test;

/** Gear above the expertise: skill 4267's operations from the datapack, the EtcStatusUpdate icon, its removal. */
class GradePenaltyTest {
    static final int BASTARD_SWORD = 69; // D grade
    static final int LONG_SWORD = 2; // no grade
    final WorldFixture fx = new WorldFixture();
    final PlayerStats stats = new PlayerStats(TestData.world().characterTemplates());

    Player wearing(String name, int weaponId, int expertise) {
        Player p = fx.player(name, 0, 0);
        p.addComponent(GradePenalty.class, new GradePenalty(TestData.world().skills()));
        p.addComponent(
                SkillBook.class,
                new SkillBook(
                        expertise > 0
                                ? List.of(new SkillData(p.objectId(), GradePenalty.EXPERTISE_SKILL, expertise))
                                : List.of()));
        fx.sink(p).clear();
        Inventory.of(p)
                .setItems(List.of(new ItemData(
                        0x4000_0001,
                        p.objectId(),
                        weaponId,
                        1,
                        0,
                        ItemLocation.PAPERDOLL,
                        PaperdollSlot.RIGHT_HAND.id())));
        stats.recompute(p);
        return p;
    }

    static int gradeFlag(RecordingSink sink) {
        byte[] b = sink.withOpcode(EtcStatusUpdate.OPCODE).getLast();
        assertEquals(29, b.length, "seven ints");
        return new PacketReader(b, 17, 4).readD(); // the fifth int
    }

    @Test
    void dGradeWithoutExpertiseSlowsTheCharacterAndShowsTheIcon() {
        Player plain = wearing("Plain", LONG_SWORD, 0);
        Player over = wearing("Over", BASTARD_SWORD, 0);
        assertEquals(0, GradePenalty.of(plain).level());
        assertEquals(1, GradePenalty.of(over).level());
        assertEquals(1, gradeFlag(fx.sink(over)));
        // skill 4267 level 1 multiplies p.atk.spd and run speed by 0.22 in the datapack
        int unpenalised =
                stats.compute(0, 1, 0, Inventory.of(over).equippedTemplates()).pAtkSpd();
        assertEquals((int) (unpenalised * 0.22), over.stats().pAtkSpd(), 1);
        assertTrue(over.stats().runSpeed() < plain.stats().runSpeed());
        // taking it off ends the penalty
        Inventory.of(over).setItems(List.of());
        assertEquals(0, GradePenalty.of(over).level());
        assertEquals(0, gradeFlag(fx.sink(over)));
        assertEquals(plain.stats().runSpeed(), over.stats().runSpeed());
    }

    @Test
    void expertiseLiftsThePenaltyAndArrowsDoNotCount() {
        Player d = wearing("Expert", BASTARD_SWORD, 1);
        assertEquals(0, GradePenalty.of(d).level(), "expertise D wears D");
        assertEquals(0, GradePenalty.levelFor(List.of(TestData.world().items().get(1342)), 0), "arrows never count");
        assertEquals(
                4,
                GradePenalty.levelFor(List.of(TestData.world().items().get(6364)), 0),
                "S grade at no expertise: level 4 at most");
    }
}
