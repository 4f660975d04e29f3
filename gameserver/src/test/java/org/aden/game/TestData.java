package org.aden.game;

import java.nio.file.Path;
import org.aden.game.content.WorldData;
import org.aden.game.content.WorldDataLoader;
import org.aden.game.datapack.XmlDatapack;

/** The shipped datapack, loaded and checked once per test JVM (a few seconds) and shared by every test. */
public final class TestData {
    private static volatile WorldData world;

    private TestData() {}

    public static Path datapackDir() {
        return Path.of(System.getProperty("aden.root", ".."), "datapack");
    }

    public static WorldData world() {
        WorldData w = world;
        if (w == null) {
            synchronized (TestData.class) {
                w = world;
                if (w == null) {
                    w = WorldDataLoader.load(new XmlDatapack(datapackDir()));
                    world = w;
                }
            }
        }
        return w;
    }
}
