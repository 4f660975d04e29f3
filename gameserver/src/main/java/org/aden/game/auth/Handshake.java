package org.aden.game.auth;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;
import org.aden.common.crypto.GameCrypt;
import org.aden.common.link.SessionKey;
import org.aden.common.log.LogThrottle;
import org.aden.common.text.AccountNames;
import org.aden.common.text.PlayerText;
import org.aden.game.lobby.Lobby;
import org.aden.game.lobby.LobbySettings;
import org.aden.game.lobby.WorldGateway;
import org.aden.game.network.ConnectionListener;
import org.aden.game.network.ConnectionState;
import org.aden.game.network.GameClient;
import org.aden.game.network.client.auth.AuthLogin;
import org.aden.game.network.client.auth.ProtocolVersion;
import org.aden.game.network.server.auth.KeyPacket;
import org.aden.game.network.server.auth.LoginFail;
import org.aden.game.network.server.lobby.CharSelectionInfo;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * ProtocolVersion → KeyPacket, then AuthLogin → the login server confirms the keys → the lobby. Also the
 * end of every connection: the account is released and the login server told.
 */
public final class Handshake implements ConnectionListener {
    private static final Logger LOG = LogManager.getLogger(Handshake.class);
    /** ProtocolVersion value other clients send as a ping; answered by closing. */
    static final int PING_REVISION = -2;

    private final LobbySettings settings;
    private final LoginGateway login;
    private final AccountSessions sessions;
    private final Lobby lobby;
    private final WorldGateway world;
    private final RandomGenerator keys;
    private final LogThrottle perAddressLog = LogThrottle.perMinute();

    public Handshake(
            LobbySettings settings, LoginGateway login, AccountSessions sessions, Lobby lobby, WorldGateway world) {
        this(settings, login, sessions, lobby, world, new SecureRandom());
    }

    public Handshake(
            LobbySettings settings,
            LoginGateway login,
            AccountSessions sessions,
            Lobby lobby,
            WorldGateway world,
            RandomGenerator keys) {
        this.settings = settings;
        this.login = login;
        this.sessions = sessions;
        this.lobby = lobby;
        this.world = world;
        this.keys = keys;
    }

    public void onProtocolVersion(GameClient client, ProtocolVersion p) {
        if (client.protocolAccepted()) {
            LOG.info("{} sent ProtocolVersion twice; closing", client);
            client.close();
            return;
        }
        if (p.revision() == PING_REVISION) {
            client.close();
            return;
        }
        byte[] key = new byte[8];
        keys.nextBytes(key);
        if (!settings.protocols().contains(p.revision())) {
            LOG.info(
                    "{} uses protocol revision {}, accepted are {}: refused",
                    client,
                    p.revision(),
                    settings.protocols());
            client.sendAndClose(new KeyPacket(false, key, false, settings.serverId()));
            return;
        }
        client.setProtocolAccepted();
        client.send(new KeyPacket(true, key, settings.encryption(), settings.serverId()));
        if (settings.encryption()) {
            client.enableEncryption(new GameCrypt(key)); // KeyPacket itself went out in plain text
        }
    }

    public void onAuthLogin(GameClient client, AuthLogin p) {
        if (!client.protocolAccepted()) {
            logOnce(client, "early-auth", "{} sent AuthLogin before a valid ProtocolVersion; closing", client);
            client.close();
            return;
        }
        // the login server's own rule, checked here: a name it would refuse must never reach the link
        String account = AccountNames.normalize(p.account());
        if (account == null) {
            logOnce(
                    client,
                    "bad-account",
                    "{} sent AuthLogin with an account name no account can have ({}); closing",
                    client,
                    PlayerText.forLog(p.account(), 40));
            client.close();
            return;
        }
        if (!client.transition(ConnectionState.CONNECTED, ConnectionState.AUTHED)) {
            return;
        }
        client.setAccount(account, p.playOk1());
        if (!lobby.databaseUp()) {
            lobby.refuse(client); // at once: neither the login server nor the pool is waited for
            return;
        }
        SessionKey key = new SessionKey(p.loginOk1(), p.loginOk2(), p.playOk1(), p.playOk2());
        login.verifyAccess(account, key)
                .whenComplete((level, error) -> client.execute(() -> {
                    boolean ok = error == null && level != null && level.isPresent();
                    if (ok) {
                        client.attach(AccountAccess.class, new AccountAccess(level.getAsInt()));
                    }
                    verified(client, account, ok);
                }));
    }

    /** Lines a remote peer can cause at will: once a minute per address. */
    private void logOnce(GameClient client, String kind, String format, Object... args) {
        long more = perAddressLog.admit(kind + " " + client.addressText());
        if (more >= 0) {
            LOG.info(format + LogThrottle.more(more) + " (logged once a minute per address)", args);
        }
    }

    private void verified(GameClient client, String account, boolean ok) {
        if (!client.isConnected()) {
            return;
        }
        if (!ok) {
            LOG.info("{}: the login server refused the session keys of account {}", client, account);
            client.sendAndClose(new LoginFail(LoginFail.SYSTEM_ERROR));
            return;
        }
        // the list is read first: a login the database cannot serve is refused before the account is claimed
        lobby.guarded(client, () -> enterLobby(client, account));
    }

    private void enterLobby(GameClient client, String account) {
        CharSelectionInfo list = lobby.characterList(client, false);
        if (!client.isConnected()) {
            return; // it left while the database was read: nothing is completed for it
        }
        sessions.claim(account, client);
        login.playerEntered(account);
        if (!client.isConnected()) { // closed meanwhile: its disconnect may have run before the claim
            if (sessions.release(account, client)) {
                login.playerLeft(account);
            }
            return;
        }
        if (client.transition(ConnectionState.AUTHED, ConnectionState.IN_LOBBY)) {
            LOG.info("{} authenticated", client);
            client.send(list);
        }
    }

    @Override
    public void disconnected(GameClient client) {
        if (client.state() == ConnectionState.IN_GAME) {
            world.disconnected(client);
        }
        String account = client.account();
        if (account != null && sessions.release(account, client)) {
            login.playerLeft(account);
        }
    }
}
