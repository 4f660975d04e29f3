package org.aden.game;

import java.time.Duration;
import org.aden.common.config.Config;
import org.aden.common.config.ConfigSpec;
import org.aden.game.chat.ChatSettings;
import org.aden.game.world.WorldSettings;

/** The world's settings (keys game.world.*, game.chat.* and game.class-change.*). */
public record WorldConfig(
        WorldSettings world,
        ChatSettings chat,
        java.nio.file.Path adminScripts,
        boolean spawnNpcs,
        java.nio.file.Path scripts,
        Duration scriptSlow,
        boolean classChangeFree) {
    public static final ConfigSpec SPEC = ConfigSpec.builder("Aden world")
            .section("World")
            .intKey("game.world.tick-millis", 100, 10, 1000, "Length of the world thread's fixed tick.")
            .intKey(
                    "game.world.region-size",
                    4096,
                    256,
                    32768,
                    "Side of a visibility region in world units (at least " + "the view radius).")
            .intKey("game.world.view-radius", 3000, 100, 32768, "Players see objects closer than this.")
            .intKey(
                    "game.world.max-known-players",
                    WorldSettings.DEFAULT_MAX_KNOWN,
                    0,
                    100000,
                    "Other players one player sees at most, the nearest first (0: no cap). In a crowd the\n"
                            + "client cannot show hundreds usefully, and each one more costs every move of every other.")
            .intKey(
                    "game.world.forget-radius",
                    3300,
                    100,
                    40000,
                    "... and forget them beyond this (a margin against " + "flicker at the border).")
            .durationKey(
                    "game.world.linger",
                    "15s",
                    "How long a character stays in the world after its connection " + "dropped.")
            .durationKey("game.world.autosave", "5m", "Interval of the periodic save of every player.")
            .stringKey(
                    "game.world.admin-scripts",
                    "scripts/admin",
                    "Folder of GM commands written in Groovy (each *.groovy evaluates to an AdminCommand); "
                            + "as <scripts>/admin //reload scripts recompiles them, elsewhere they load at start only.")
            .stringKey(
                    "game.world.scripts",
                    "scripts",
                    "Folder of the Groovy scripts (npcs/, bypass/, events/, quests/, admin/, pages in html/); //reload scripts recompiles them.")
            .durationKey(
                    "game.world.script-slow",
                    "50ms",
                    "A script handler running longer than this is reported in the log (it runs on the world thread).")
            .boolKey(
                    "game.world.spawn-npcs",
                    true,
                    "Spawn the datapack's NPCs at start; the whole datapack is loaded and checked either way (tests that need none: false).")
            .boolKey(
                    "game.class-change.free",
                    false,
                    "Village masters change classes without the proof items of the class quests (and give the third\n"
                            + "classes, whose quests are not shipped yet); the level is still required.")
            .section("Chat")
            .intKey("game.chat.max-length", 105, 1, 1000, "Characters per chat message (GMs unlimited).")
            .intKey("game.chat.range", 1250, 100, 10000, "Radius of general chat.")
            .enumKey(
                    "game.chat.shout",
                    ChatSettings.Scope.REGION,
                    ChatSettings.Scope.class,
                    "Who hears shouts: " + "REGION (the map square), GLOBAL or OFF.")
            .enumKey("game.chat.trade", ChatSettings.Scope.REGION, ChatSettings.Scope.class, "Who hears trade chat.")
            .intKey("game.chat.flood-messages", 5, 1, 16, "Messages allowed per game.chat.flood-window.")
            .durationKey("game.chat.flood-window", "5s", "Window of the chat flood limit.")
            .build();

    public static WorldConfig defaults() {
        return new WorldConfig(
                WorldSettings.defaults(),
                ChatSettings.defaults(),
                java.nio.file.Path.of("scripts/admin"),
                true,
                java.nio.file.Path.of("scripts"),
                Duration.ofMillis(50),
                false);
    }

    public static WorldConfig from(Config c) {
        WorldSettings w = new WorldSettings(
                c.getInt("game.world.tick-millis"),
                c.getInt("game.world.region-size"),
                c.getInt("game.world.view-radius"),
                c.getInt("game.world.forget-radius"),
                c.getDuration("game.world.linger"),
                c.getDuration("game.world.autosave"),
                c.getInt("game.world.max-known-players"));
        ChatSettings d = ChatSettings.defaults();
        ChatSettings chat = new ChatSettings(
                c.getInt("game.chat.max-length"),
                d.maxLengthWithLink(),
                c.getInt("game.chat.range"),
                c.getEnum("game.chat.shout", ChatSettings.Scope.class),
                c.getEnum("game.chat.trade", ChatSettings.Scope.class),
                c.getInt("game.chat.flood-messages"),
                c.getDuration("game.chat.flood-window").toMillis(),
                d.heroIntervalMillis());
        return new WorldConfig(
                w,
                chat,
                java.nio.file.Path.of(c.getString("game.world.admin-scripts")),
                c.getBool("game.world.spawn-npcs"),
                java.nio.file.Path.of(c.getString("game.world.scripts")),
                c.getDuration("game.world.script-slow"),
                c.getBool("game.class-change.free"));
    }

    public WorldConfig withLinger(Duration linger) {
        return new WorldConfig(
                new WorldSettings(
                        world.tickMillis(),
                        world.regionSize(),
                        world.viewRadius(),
                        world.forgetRadius(),
                        linger,
                        world.autosave(),
                        world.maxKnownPlayers()),
                chat,
                adminScripts,
                spawnNpcs,
                scripts,
                scriptSlow,
                classChangeFree);
    }
}
