package org.aden.game.cast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aden.game.TestData;
import org.junit.jupiter.api.Test;

/** The per-class support report over the shipped skill trees. */
class SupportReportTest {
    final List<SupportReport.Line> lines =
            SupportReport.of(TestData.world().skillTrees(), TestData.world().skills());

    @Test
    void everyClassTreeHasALineAndAMysticCastsItsFirstSpells() {
        assertTrue(lines.size() >= 80, "classes: " + lines.size());
        SupportReport.Line mystic =
                lines.stream().filter(l -> l.classId() == 10).findFirst().orElseThrow();
        assertEquals("Human Mystic", mystic.className());
        assertTrue(mystic.supported() >= 2, mystic.toString()); // Wind Strike and Heal at least
        assertTrue(mystic.activeSupported() <= mystic.active());
        assertTrue(mystic.supported() <= mystic.skills());
        // the passives count too: a Human Fighter's masteries, its toggles and buffs
        SupportReport.Line fighter =
                lines.stream().filter(l -> l.classId() == 0).findFirst().orElseThrow();
        assertTrue(fighter.supported() - fighter.activeSupported() >= 3, fighter.toString());
        assertTrue(mystic.supported() >= 15, "mystic: " + mystic);
        assertTrue(
                TestData.world()
                        .skillTrees()
                        .skillIdsOf(11)
                        .containsAll(TestData.world().skillTrees().skillIdsOf(10)),
                "a wizard keeps the mystic's skills");
    }
}
