package org.aden.game.combat;

import java.util.Random;
import org.aden.game.TestData;
import org.aden.game.actor.CharacterStats;
import org.aden.game.move.Teleports;
import org.aden.game.stat.PlayerStats;
import org.aden.game.world.WorldFixture;

/** Combat and deaths wired on a test world as the server wires them (the datapack's experience and map regions). */
public final class CombatFixture {
    public final PlayerStats stats = new PlayerStats(TestData.world().characterTemplates());
    public final Combat combat;
    public final Teleports teleports;
    public final Deaths deaths;

    public CombatFixture(WorldFixture fx, Drops drops) {
        combat = new Combat(fx.world, fx.actions, new Random(7));
        teleports = new Teleports(fx.world, fx.actions);
        deaths = new Deaths(
                fx.world,
                combat,
                TestData.world().experience(),
                stats,
                teleports,
                TestData.world().mapRegions(),
                drops);
    }

    /** The same stats with 100 000 HP: a character that survives a long fight. */
    public static CharacterStats tough(CharacterStats s) {
        return CombatWorldTest.withPAtk(s, s.pAtk(), 100000);
    }
}
