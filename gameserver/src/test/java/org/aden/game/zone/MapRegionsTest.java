package org.aden.game.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aden.game.TestData;
import org.junit.jupiter.api.Test;

/** The real datapack's map regions: a death near a village restarts in that village. */
class MapRegionsTest {
    static final MapRegions REGIONS = TestData.world().mapRegions();

    @Test
    void tilesAreNumberedAsTheClientsMaps() {
        assertEquals(17, MapRegions.tileX(-71338));
        assertEquals(25, MapRegions.tileY(258271));
        assertEquals(16, MapRegions.tileX(-131072));
        assertEquals(10, MapRegions.tileY(-262144));
    }

    @Test
    void aDeathInTalkingIslandVillageRestartsInTalkingIsland() {
        MapRegions.Region r = REGIONS.regionAt(-84000, 243000).orElseThrow();
        assertEquals("talking_island_town", r.name());
        assertEquals("Talking Island Town", r.town());
        MapRegions.Point p = REGIONS.townRestartPoint(-84000, 243000).orElseThrow();
        assertEquals(new MapRegions.Point(-83990, 243336, -3700), p);
        assertTrue(r.chaoticPoints().size() > 10);
    }

    @Test
    void aDeathInGiranRestartsInGiran() {
        // Giran's square, (83400, 148600)
        MapRegions.Region r = REGIONS.regionAt(83400, 148600).orElseThrow();
        assertTrue(r.town().contains("Giran"), r.town());
        MapRegions.Point p = REGIONS.townRestartPoint(83400, 148600).orElseThrow();
        assertTrue(Math.abs(p.x() - 83400) < 5000 && Math.abs(p.y() - 148600) < 5000, p.toString());
    }
}
