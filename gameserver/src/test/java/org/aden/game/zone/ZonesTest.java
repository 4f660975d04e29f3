package org.aden.game.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aden.game.TestData;
import org.junit.jupiter.api.Test;

/** Zone shapes, and the real datapack's zones at Talking Island village. */
class ZonesTest {
    static final Zones ZONES = TestData.world().zones();

    @Test
    void talkingIslandVillageIsATownAndAPeaceZone() {
        assertTrue(ZONES.size() > 2000, "zones " + ZONES.size());
        assertTrue(ZONES.isPeace(-84000, 243000, -3720));
        assertTrue(ZONES.isTown(-84400, 245900, -3720));
        assertFalse(ZONES.isPvp(-84000, 243000, -3720));
        // the hunting grounds west of the village are neither
        assertFalse(ZONES.isPeace(-95000, 237000, -3500));
        assertFalse(ZONES.isTown(-95000, 237000, -3500));
    }

    @Test
    void shapesHoldTheirInsideBetweenTheirHeights() {
        Zone cuboid = new Zone("c", "water", Zone.Shape.CUBOID, new int[] {0, 100}, new int[] {0, 50}, 0, -10, 10);
        Zone cylinder = new Zone("y", "arena", Zone.Shape.CYLINDER, new int[] {1000}, new int[] {1000}, 100, 0, 100);
        Zone triangle = new Zone(
                "t", "peace", Zone.Shape.POLYGON, new int[] {5000, 6000, 5000}, new int[] {0, 0, 1000}, 0, 0, 100);
        Zones zones = new Zones(List.of(cuboid, cylinder, triangle));
        assertTrue(zones.isWater(50, 25, 0));
        assertFalse(zones.isWater(50, 25, 11));
        assertFalse(zones.isWater(101, 25, 0));
        assertTrue(zones.isPvp(1070, 1070, 50));
        assertFalse(zones.isPvp(1080, 1080, 50)); // in the box, outside the circle
        assertTrue(zones.isPeace(5100, 100, 50));
        assertFalse(zones.isPeace(5900, 900, 50));
        assertEquals(List.of(cuboid), zones.at(50, 25, 0));
    }
}
