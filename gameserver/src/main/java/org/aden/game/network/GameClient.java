package org.aden.game.network;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.aden.common.crypto.GameCrypt;
import org.aden.common.net.FrameCodecFactory;
import org.aden.common.net.RemoteAddress;
import org.aden.common.net.ServerPacket;
import org.apache.mina.core.session.IoSession;

/**
 * One game connection: its state, its cipher, who it is, and how to send to it. Thread-safe: the I/O
 * thread reads {@link #state()} to pick the opcode table while lobby tasks and the world thread send.
 */
public final class GameClient {
    private final IoSession session;
    private final Executor tasks;
    private final ViolationCounter violations;
    private final PacketRateLimiter rateLimiter;
    private final NetworkStats stats;
    private final Object sendLock = new Object();
    private final Map<Class<?>, Object> attachments = new ConcurrentHashMap<>();

    private volatile ConnectionState state = ConnectionState.CONNECTED;
    private volatile GameCrypt crypt;
    private volatile boolean protocolAccepted;
    private volatile String account;
    private volatile int sessionId;

    GameClient(
            IoSession session,
            Executor tasks,
            ViolationCounter violations,
            PacketRateLimiter rateLimiter,
            NetworkStats stats) {
        this.session = session;
        this.stats = stats;
        this.tasks = new SerialExecutor(tasks);
        this.violations = violations;
        this.rateLimiter = rateLimiter;
    }

    public long id() {
        return session.getId();
    }

    /** The peer's address, kept from when the socket opened (null only if it never had one). */
    public InetAddress address() {
        return RemoteAddress.of(session);
    }

    /** The address for logs and per-address limits; never "null". */
    public String addressText() {
        return RemoteAddress.text(session);
    }

    public ConnectionState state() {
        return state;
    }

    public synchronized void setState(ConnectionState state) {
        this.state = state;
    }

    /** Moves to {@code to} only if the connection is still in {@code from}; false if something else won. */
    public synchronized boolean transition(ConnectionState from, ConnectionState to) {
        if (state != from) {
            return false;
        }
        state = to;
        return true;
    }

    /** Runs database or other blocking work for this connection off the I/O thread, in submission order. */
    public void execute(Runnable task) {
        tasks.execute(task);
    }

    /** Encodes, encrypts (once the cipher is on) and sends one packet. Safe from any thread. */
    public void send(ServerPacket packet) {
        sendEncoded(packet.encode());
    }

    /** Sends a body encoded once for many recipients; the shared array is copied before encryption. */
    public void sendShared(byte[] body) {
        sendEncoded(body.clone());
    }

    /**
     * Sends bodies encoded once for many recipients, in order, as one socket write (each copied, then
     * encrypted). The outbound thread batches a connection's packets of one tick this way.
     */
    public void sendShared(List<byte[]> bodies) {
        if (bodies.size() == 1) {
            sendShared(bodies.get(0));
            return;
        }
        List<byte[]> copies = new ArrayList<>(bodies.size());
        synchronized (sendLock) {
            GameCrypt c = crypt;
            for (byte[] body : bodies) {
                stats.sent(body);
                byte[] copy = body.clone();
                if (c != null) {
                    c.encrypt(copy);
                }
                copies.add(copy);
            }
            session.write(new FrameCodecFactory.Frames(copies));
        }
    }

    private void sendEncoded(byte[] body) {
        stats.sent(body);
        synchronized (sendLock) { // encryption order must equal write order
            GameCrypt c = crypt;
            if (c != null) {
                c.encrypt(body);
            }
            session.write(body);
        }
    }

    /** Sends a last packet, then closes once it is flushed. */
    public void sendAndClose(ServerPacket packet) {
        send(packet);
        session.closeOnFlush();
    }

    public void close() {
        session.closeNow();
    }

    /** Closes once everything already written has been flushed (after a final packet sent elsewhere). */
    public void closeOnFlush() {
        session.closeOnFlush();
    }

    public boolean isConnected() {
        return session.isConnected() && !session.isClosing();
    }

    /** Switches both directions to the cipher; called right after the plaintext KeyPacket was written. */
    public void enableEncryption(GameCrypt crypt) {
        synchronized (sendLock) {
            this.crypt = crypt;
        }
    }

    GameCrypt crypt() {
        return crypt;
    }

    public boolean protocolAccepted() {
        return protocolAccepted;
    }

    public void setProtocolAccepted() {
        this.protocolAccepted = true;
    }

    /** The account name (lower case) once AuthLogin was received. */
    public String account() {
        return account;
    }

    /** playOk1, shown back to the client as the "session id" in CharSelectionInfo and CharSelected. */
    public int sessionId() {
        return sessionId;
    }

    public void setAccount(String account, int sessionId) {
        this.account = account;
        this.sessionId = sessionId;
    }

    /** Per-connection data owned by another module (e.g. the world's player object), keyed by its type. */
    public <T> void attach(Class<T> type, T value) {
        if (value == null) {
            attachments.remove(type);
        } else {
            attachments.put(type, value);
        }
    }

    public <T> T attachment(Class<T> type) {
        return type.cast(attachments.get(type));
    }

    /** Counts a bad packet; true when this connection has sent too many and must be closed. */
    boolean recordViolation() {
        return violations.record();
    }

    boolean tryAcquirePacket() {
        return rateLimiter.tryAcquire();
    }

    @Override
    public String toString() {
        String a = account;
        return "client#" + id() + (a != null ? "[" + a + "]" : "") + "@" + addressText();
    }
}
