package org.aden.login.network;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.aden.common.crypto.LoginCrypt;
import org.aden.common.crypto.RsaKeyPool;
import org.aden.common.link.SessionKey;
import org.aden.common.net.ServerPacket;
import org.aden.login.network.server.Init;
import org.apache.mina.core.session.IoSession;

/**
 * One client connection to the login server: its keys, state and the account once authenticated. Packets of one
 * connection are handled in order on one worker at a time (MINA's ordered executor), so the mutable fields need no
 * locks; {@link #send} may also be called from other threads (it only encrypts and queues).
 */
public final class LoginConnection {
    private final IoSession session;
    private final LoginCrypt crypt;
    private final RsaKeyPool.Entry rsa;
    private final int sessionId;
    private final InetAddress address;
    private volatile LoginState state = LoginState.CONNECTED;
    private SessionKey sessionKey;
    private String account;
    private int accessLevel;
    private int lastServer;
    private int badPackets;
    private boolean overCapacity;

    LoginConnection(IoSession session, byte[] blowfishKey, RsaKeyPool.Entry rsa, int sessionId) {
        this.session = session;
        this.crypt = new LoginCrypt(blowfishKey);
        this.rsa = rsa;
        this.sessionId = sessionId;
        this.address = ((InetSocketAddress) session.getRemoteAddress()).getAddress();
    }

    void sendInit(byte[] blowfishKey, int xorKey) {
        Init init = new Init(sessionId, rsa.scrambledModulus(), blowfishKey);
        session.write(LoginCrypt.encryptInit(init.encode(), xorKey));
    }

    /** Encrypts and queues a packet. */
    public void send(ServerPacket packet) {
        byte[] body = packet.encode();
        byte[] wire;
        synchronized (crypt) {
            wire = crypt.encryptServerPacket(body);
        }
        session.write(wire);
    }

    /** Sends a last packet, then closes once it is written; nothing more is accepted meanwhile. */
    public void close(ServerPacket last) {
        state = LoginState.DONE;
        send(last);
        session.closeOnFlush();
    }

    public void closeNow() {
        state = LoginState.DONE;
        session.closeNow();
    }

    byte[] decrypt(byte[] encrypted) {
        synchronized (crypt) {
            return crypt.decryptClientPacket(encrypted);
        }
    }

    /** Admitted while the server was full and nobody could be displaced: told "overloaded" at its first packet. */
    void markOverCapacity() {
        overCapacity = true;
    }

    public boolean overCapacity() {
        return overCapacity;
    }

    /** Counts a dropped packet; true when the connection has used up its allowance and must close. */
    boolean countBadPacket(int max) {
        return ++badPackets >= max;
    }

    public boolean isOpen() {
        return session.isConnected() && !session.isClosing();
    }

    public RsaKeyPool.Entry rsa() {
        return rsa;
    }

    public int sessionId() {
        return sessionId;
    }

    public InetAddress address() {
        return address;
    }

    public String ip() {
        return address.getHostAddress();
    }

    public LoginState state() {
        return state;
    }

    public void setState(LoginState state) {
        this.state = state;
    }

    public SessionKey sessionKey() {
        return sessionKey;
    }

    public String account() {
        return account;
    }

    public int accessLevel() {
        return accessLevel;
    }

    public int lastServer() {
        return lastServer;
    }

    /** Marks the connection authenticated for {@code account} with the key it was given. */
    public void authenticated(String account, int accessLevel, int lastServer, SessionKey key) {
        this.account = account;
        this.accessLevel = accessLevel;
        this.lastServer = lastServer;
        this.sessionKey = key;
        this.state = LoginState.AUTHED_LOGIN;
    }

    @Override
    public String toString() {
        return ip() + (account != null ? "/" + account : "");
    }
}
