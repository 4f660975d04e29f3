package org.aden.game;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aden.common.config.Config;
import org.aden.common.config.ConfigException;
import org.aden.common.config.ConfigSpec;
import org.aden.common.db.DatabaseConfig;
import org.aden.common.link.LinkMessage.SubnetAddress;
import org.aden.common.metrics.MetricsSettings;
import org.aden.common.net.ConnectionGate;
import org.aden.game.combat.CombatSettings;
import org.aden.game.console.ConsoleSettings;
import org.aden.game.lobby.LobbySettings;
import org.aden.game.loot.KarmaDropSettings;
import org.aden.game.loot.LootSettings;
import org.aden.game.network.NetworkSettings;

/**
 * The game server's settings, read from gameserver.properties (keys game.*, db.*).
 *
 * @param publicHost the address clients are told to connect to (via the login server's ServerList)
 * @param datapack the datapack directory
 * @param saveJournal where character saves the database did not take before a shutdown are kept for the next start
 */
public record GameConfig(
        NetworkSettings network,
        LobbySettings lobby,
        String publicHost,
        List<SubnetAddress> publicHosts,
        int maxPlayers,
        String loginHost,
        int loginPort,
        String loginSecret,
        Path datapack,
        WorldConfig world,
        MetricsSettings metrics,
        LootSettings loot,
        CombatSettings combat,
        KarmaDropSettings karmaDrops,
        ConsoleSettings console,
        Path saveJournal) {

    /** Same default as the login server's login.link.secret: fine on loopback only. */
    public static final String DEFAULT_LINK_SECRET = "aden-change-me";

    public static final ConfigSpec SPEC = ConfigSpec.builder("Aden game server")
            .section("Client network")
            .stringKey("game.host", "0.0.0.0", "Address the game port binds to.")
            .intKey("game.port", 7777, 0, 65535, "Port clients connect to after the login server (0: any free port).")
            .stringKey(
                    "game.public-host", "127.0.0.1", "Address the login server advertises to clients for this server.")
            .listKey(
                    "game.public-hosts",
                    "",
                    "Addresses for clients from given subnets, first match wins, e.g.\n"
                            + "192.168.0.0/16=192.168.1.20, 10.0.0.0/8=10.0.0.5 (LAN players get the LAN address);\n"
                            + "everyone else gets game.public-host.")
            .intKey("game.server-id", 1, 1, 255, "This server's id in the login server's server list.")
            .intKey("game.max-players", 1000, 1, 100000, "Players allowed online at once (shown in the server list).")
            .listKey(
                    "game.protocols",
                    "746",
                    "Client protocol revisions accepted (Interlude is 746). Others get the "
                            + "refusal KeyPacket and are closed.")
            .boolKey(
                    "game.encryption",
                    true,
                    "Encrypt game traffic (the client's rolling XOR cipher). Switch off only "
                            + "for headless tools and patched\nclients that do not implement it; KeyPacket tells the client.")
            .section("Flood control")
            .intKey(
                    "game.net.max-connections-per-ip",
                    10,
                    0,
                    10000,
                    "Open game connections allowed from one address " + "(0: unlimited).")
            .intKey(
                    "game.net.connections-per-second",
                    20,
                    0,
                    10000,
                    "New game connections per second allowed from one address (0: unlimited).")
            .intKey(
                    "game.net.max-connections-per-subnet",
                    100,
                    0,
                    100000,
                    "Open game connections allowed from one subnet (IPv4 /24, IPv6 /64; 0: unlimited), so that many\n"
                            + "addresses of one network cannot fill the server.")
            .intKey(
                    "game.net.max-connections",
                    6000,
                    0,
                    1000000,
                    "Open game connections in all (0: unlimited). When full, a newcomer replaces the oldest connection\n"
                            + "not yet past its login from the most crowded subnet; players in the lobby or the world are never\n"
                            + "displaced.")
            .intKey("game.net.packets-per-second", 100, 1, 100000, "Sustained client packet rate per connection.")
            .intKey("game.net.packet-burst", 300, 1, 100000, "Packets a connection may send at once above that rate.")
            .intKey(
                    "game.net.bad-packet-limit",
                    20,
                    1,
                    100000,
                    "Out-of-state, malformed or over-rate packets within "
                            + "game.net.bad-packet-window that close the connection\n(each one is dropped; known stray "
                            + "packets of real clients do not count).")
            .durationKey("game.net.bad-packet-window", "60s", "Window of game.net.bad-packet-limit.")
            .intKey("game.net.max-packet-size", 16384, 64, 65533, "Largest client packet accepted, in bytes.")
            .durationKey(
                    "game.net.login-timeout",
                    "120s",
                    "A connection silent this long before reaching the " + "character screen is closed.")
            .durationKey(
                    "game.net.handshake-timeout",
                    "20s",
                    "A connection not at the character screen (authenticated) this long after connecting is "
                            + "closed,\nwhatever it sends meanwhile.")
            .durationKey(
                    "game.net.lobby-timeout",
                    "15m",
                    "A connection not in the world (EnterWorld) this long after connecting is closed.")
            .section("Characters")
            .intKey("game.characters.max-per-account", 7, 1, 7, "Characters one account may own (the client shows 7).")
            .patternKey(
                    "game.characters.name-pattern",
                    "[A-Za-z0-9]{1,16}",
                    "What a character name must match. Names "
                            + "are always 1-16 ASCII letters or digits;\nthis can only restrict them further.")
            .listKey(
                    "game.characters.forbidden-names",
                    "admin,gm,gamemaster,administrator,system",
                    "Names nobody may take (case-insensitive).")
            .durationKey(
                    "game.characters.delete-delay",
                    "7d",
                    "How long a deleted character can be restored; 0s "
                            + "deletes at once. Expired ones are removed at start\nand when the account lists its characters.")
            .section("Login server link")
            .stringKey("game.login.host", "127.0.0.1", "Where the login server's link port listens.")
            .intKey("game.login.port", 9014, 1, 65535, "The login server's link port.")
            .secretKey(
                    "game.login.secret",
                    DEFAULT_LINK_SECRET,
                    "Shared secret, the same as login.link.secret on the " + "login server.")
            .section("Data")
            .stringKey("game.datapack", "datapack", "The datapack directory (templates, world data).")
            .stringKey(
                    "game.save-journal",
                    "data/game-save-journal",
                    "File for character saves the database did not take before a shutdown (it was down);"
                            + " written to the database by the next start before players are let in."
                            + " The standalone launcher (run.sh) uses DATA_DIR/game-save-journal.")
            .include(WorldConfig.SPEC)
            .include(LootSettings.SPEC)
            .include(CombatSettings.SPEC)
            .include(KarmaDropSettings.SPEC)
            .include(MetricsSettings.spec("game", 9102))
            .include(ConsoleSettings.SPEC)
            .include(DatabaseConfig.spec("aden_game", "game"))
            .build();

    private static final java.util.regex.Pattern SUBNET_HOST =
            java.util.regex.Pattern.compile("([0-9A-Fa-f:.]+(?:/\\d{1,3})?)=([A-Za-z0-9.-]+)");

    static List<SubnetAddress> publicHosts(List<String> entries) {
        List<SubnetAddress> out = new ArrayList<>();
        for (String e : entries) {
            var m = SUBNET_HOST.matcher(e.replace(" ", ""));
            if (!m.matches()) {
                throw new ConfigException(
                        "game.public-hosts: '" + e + "' is not SUBNET=HOST, e.g. 192.168.0.0/16=192.168.1.20");
            }
            out.add(new SubnetAddress(m.group(1), m.group(2)));
        }
        return List.copyOf(out);
    }

    public static GameConfig from(Config c) {
        Set<Integer> protocols = new HashSet<>();
        for (String p : c.getList("game.protocols")) {
            try {
                protocols.add(Integer.parseInt(p));
            } catch (NumberFormatException e) {
                throw new ConfigException("game.protocols: '" + p + "' is not a protocol revision number");
            }
        }
        NetworkSettings net = new NetworkSettings(
                c.getString("game.host"),
                c.getInt("game.port"),
                new ConnectionGate.Limits(
                        c.getInt("game.net.connections-per-second"),
                        c.getInt("game.net.max-connections-per-ip"),
                        c.getInt("game.net.max-connections-per-subnet"),
                        c.getInt("game.net.max-connections")),
                c.getInt("game.net.packets-per-second"),
                c.getInt("game.net.packet-burst"),
                c.getInt("game.net.bad-packet-limit"),
                c.getDuration("game.net.bad-packet-window"),
                c.getInt("game.net.max-packet-size"),
                c.getDuration("game.net.login-timeout"),
                c.getDuration("game.net.handshake-timeout"),
                c.getDuration("game.net.lobby-timeout"));
        Duration deleteDelay = c.getDuration("game.characters.delete-delay");
        LobbySettings lobby = new LobbySettings(
                protocols,
                c.getBool("game.encryption"),
                c.getInt("game.server-id"),
                c.getInt("game.characters.max-per-account"),
                c.getPattern("game.characters.name-pattern"),
                Set.copyOf(c.getList("game.characters.forbidden-names")),
                deleteDelay);
        return new GameConfig(
                net,
                lobby,
                c.getString("game.public-host"),
                publicHosts(c.getList("game.public-hosts")),
                c.getInt("game.max-players"),
                c.getString("game.login.host"),
                c.getInt("game.login.port"),
                c.getString("game.login.secret"),
                Path.of(c.getString("game.datapack")),
                WorldConfig.from(c),
                MetricsSettings.from(c, "game"),
                LootSettings.from(c),
                CombatSettings.from(c),
                KarmaDropSettings.from(c),
                ConsoleSettings.from(c),
                Path.of(c.getString("game.save-journal")));
    }
}
