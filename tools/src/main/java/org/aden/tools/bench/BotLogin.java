package org.aden.tools.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.aden.common.link.SessionKey;
import org.aden.tools.client.game.GameConnection;
import org.aden.tools.client.game.GameServerPackets.CharInfo;
import org.aden.tools.client.game.WorldClient;
import org.aden.tools.client.login.LoginClient;

/**
 * How a benchmark bot gets into the world: the login server (accounts created on first use), the server list, the
 * game server, a character of one of the nine starting classes created when the account has none, EnterWorld.
 */
final class BotLogin {
    /** The nine starting classes and their races: bot n plays class n mod 9, so bots spread over every town. */
    static final int[][] CLASSES = {{0, 0}, {10, 0}, {18, 1}, {25, 1}, {31, 2}, {38, 2}, {44, 3}, {49, 3}, {53, 4}};

    private final String host;
    private final int loginPort;
    private final int gamePort;
    private final int serverId;
    private final String password;

    BotLogin(String host, int loginPort, int serverId, String password) {
        this(host, loginPort, 0, serverId, password);
    }

    /** {@code gamePort} 0: the port the server list gives. */
    BotLogin(String host, int loginPort, int gamePort, int serverId, String password) {
        this.host = host;
        this.loginPort = loginPort;
        this.gamePort = gamePort;
        this.serverId = serverId;
        this.password = password;
    }

    /** Waits until the login server lists the game server as up (it registers over the link after its start). */
    void awaitServerUp(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (LoginClient login = LoginClient.connect(host, loginPort)) {
                if (login.login("soakwatch", password).ok()
                        && login.serverList().servers().stream().anyMatch(s -> s.id() == serverId && s.up())) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        throw new IOException("game server " + serverId + " not up within " + timeout);
    }

    /** Logs in and enters the world with the account's first character (created as class n mod 9 if none). */
    WorldClient enter(String account, int n) throws IOException {
        return enter(account, n, n, null);
    }

    /**
     * Logs in and enters the world with the account's first character, created if none as starting class
     * {@code classSlot} mod 9 (sex from n); {@code listener} sees every packet from the first one.
     */
    WorldClient enter(String account, int n, int classSlot, Consumer<byte[]> listener) throws IOException {
        GameConnection game = toCharacterList(account, n, classSlot);
        try {
            game.select(0);
            return WorldClient.enter(game, false, listener, Duration.ofSeconds(30));
        } catch (IOException | RuntimeException e) {
            game.close();
            throw e;
        }
    }

    /** Goes as far as the character list and drops the connection there. */
    void connectAndAbandon(String account, int n) throws IOException {
        toCharacterList(account, n, n).close();
    }

    private GameConnection toCharacterList(String account, int n, int classSlot) throws IOException {
        SessionKey key;
        int port;
        try (LoginClient login = LoginClient.connect(host, loginPort)) {
            if (!login.login(account, password).ok()) {
                throw new IOException("login refused for " + account);
            }
            var servers = login.serverList().servers();
            port = gamePort != 0
                    ? gamePort
                    : servers.stream()
                            .filter(s -> s.id() == serverId)
                            .findFirst()
                            .orElseThrow(() -> new IOException("server " + serverId + " not listed"))
                            .port();
            if (!login.requestServerLogin(serverId).ok()) {
                throw new IOException("PlayFail for " + account);
            }
            key = login.sessionKey();
        }
        GameConnection game = GameConnection.connect(host, port);
        try {
            game.protocolVersion(746);
            List<CharInfo> chars = game.authLogin(account, key);
            if (chars.isEmpty()) {
                int[] c = CLASSES[classSlot % CLASSES.length];
                if (!game.createCharacter(account, c[1], n & 1, c[0], 0, 0, 0).ok()) {
                    throw new IOException("character creation refused for " + account);
                }
            }
            return game;
        } catch (IOException | RuntimeException e) {
            game.close();
            throw e;
        }
    }
}
