package org.aden.tools.client.game;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.function.IntPredicate;
import org.aden.common.crypto.GameCrypt;
import org.aden.common.link.SessionKey;
import org.aden.common.net.PacketWriter;
import org.aden.tools.client.game.GameServerPackets.CharInfo;
import org.aden.tools.client.game.GameServerPackets.Key;
import org.aden.tools.client.game.GameServerPackets.Selected;
import org.aden.tools.client.game.GameServerPackets.Template;

/**
 * A headless Interlude client for the game server (game-handshake.md): ProtocolVersion in plain text,
 * KeyPacket, then — if the server switched it on — the rolling XOR cipher in both directions; AuthLogin with the
 * login server's session keys; the character screen. Blocking, one instance per connection; for tests and bots.
 * <pre>{@code
 * try (GameConnection g = GameConnection.connect("127.0.0.1", 7777)) {
 *     g.protocolVersion(746);                 // KeyPacket; cipher on if the server says so
 *     List<CharInfo> chars = g.authLogin("alice", keys);
 *     g.createCharacter("Alice", 0, 1, 0, 1, 2, 0);
 *     Selected s = g.select(0);
 * }
 * }</pre>
 */
public final class GameConnection implements AutoCloseable {
    public static final int PROTOCOL_INTERLUDE = 746;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private GameCrypt crypt;
    private Key key;

    /** The answer to CharacterCreate: ok (then the new list) or a CharCreateFail reason. */
    public record CreateResult(boolean ok, int reason, List<CharInfo> characters) {}

    /** The answer to CharacterDelete: success or a CharDeleteFail reason, then the list. */
    public record DeleteResult(boolean ok, int reason, List<CharInfo> characters) {}

    private GameConnection(Socket socket) throws IOException {
        this.socket = socket;
        // buffered: the server writes a tick's packets in one go, so one read returns many of them (unbuffered,
        // each packet cost three reads: the two length bytes and the body)
        this.in = new DataInputStream(new java.io.BufferedInputStream(socket.getInputStream(), 16 * 1024));
        this.out = socket.getOutputStream();
    }

    /** Connects; reads time out after 10 s. */
    public static GameConnection connect(String host, int port) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress(host, port), 5000);
        s.setSoTimeout(10_000);
        s.setTcpNoDelay(true);
        return new GameConnection(s);
    }

    /** Sends ProtocolVersion and reads KeyPacket; turns the cipher on when its flag is set. */
    public Key protocolVersion(int revision) throws IOException {
        sendPlain(new PacketWriter().writeC(0x00).writeD(revision).toByteArray());
        key = GameServerPackets.key(readFrame());
        if (key.accepted() && key.encryptionFlag() != 0) {
            crypt = new GameCrypt(key.key());
        }
        return key;
    }

    public boolean encrypted() {
        return crypt != null;
    }

    /** AuthLogin with the four keys in wire order; returns the character list, or throws on LoginFail. */
    public List<CharInfo> authLogin(String account, SessionKey k) throws IOException {
        send(authLoginPacket(account, k));
        byte[] p = readPacket();
        if ((p[0] & 0xFF) == 0x14) {
            throw new LoginRefused(GameServerPackets.reason(p, 0x14));
        }
        return GameServerPackets.charSelectionInfo(p);
    }

    public static byte[] authLoginPacket(String account, SessionKey k) {
        return new PacketWriter()
                .writeC(0x08)
                .writeS(account)
                .writeD(k.playOk2())
                .writeD(k.playOk1())
                .writeD(k.loginOk1())
                .writeD(k.loginOk2())
                .writeD(1)
                .toByteArray();
    }

    public List<Template> newCharacter() throws IOException {
        send(new byte[] {0x0E});
        return GameServerPackets.newCharacterSuccess(readPacket());
    }

    public CreateResult createCharacter(
            String name, int race, int sex, int classId, int hairStyle, int hairColor, int face) throws IOException {
        PacketWriter w = new PacketWriter()
                .writeC(0x0B)
                .writeS(name)
                .writeD(race)
                .writeD(sex)
                .writeD(classId);
        for (int i = 0; i < 6; i++) {
            w.writeD(20); // stats the client displays; the server ignores them
        }
        send(w.writeD(hairStyle).writeD(hairColor).writeD(face).toByteArray());
        byte[] p = readPacket();
        if ((p[0] & 0xFF) == 0x1A) {
            return new CreateResult(false, GameServerPackets.reason(p, 0x1A), List.of());
        }
        if (GameServerPackets.reason(p, 0x19) != 1) {
            throw new IOException("CharCreateOk must carry 1");
        }
        return new CreateResult(true, -1, GameServerPackets.charSelectionInfo(readPacket()));
    }

    public DeleteResult deleteCharacter(int slot) throws IOException {
        send(new PacketWriter().writeC(0x0C).writeD(slot).toByteArray());
        byte[] p = readPacket();
        int reason = -1;
        if ((p[0] & 0xFF) == 0x24) {
            reason = GameServerPackets.reason(p, 0x24);
        } else if (p.length != 1 || p[0] != 0x23) {
            throw new IOException(String.format("expected CharDeleteSuccess/Fail, got 0x%02X", p[0] & 0xFF));
        }
        return new DeleteResult(reason < 0, reason, GameServerPackets.charSelectionInfo(readPacket()));
    }

    public List<CharInfo> restoreCharacter(int slot) throws IOException {
        send(new PacketWriter().writeC(0x62).writeD(slot).toByteArray());
        return GameServerPackets.charSelectionInfo(readPacket());
    }

    /** CharacterSelect as clients send it (slot + 14 zero bytes). */
    public Selected select(int slot) throws IOException {
        send(new PacketWriter().writeC(0x0D).writeD(slot).writeZeros(14).toByteArray());
        return GameServerPackets.charSelected(readPacket());
    }

    /** EnterWorld as TS sends it: the opcode and 104 zero bytes. */
    public void enterWorld() throws IOException {
        send(new PacketWriter().writeC(0x03).writeZeros(104).toByteArray());
    }

    /** Encrypts (when the cipher is on) and sends one body. */
    public void send(byte[] body) throws IOException {
        byte[] b = body.clone();
        if (crypt != null) {
            crypt.encrypt(b);
        }
        sendPlain(b);
    }

    public void sendPlain(byte[] body) throws IOException {
        int len = body.length + 2;
        byte[] frame = new byte[len];
        frame[0] = (byte) len;
        frame[1] = (byte) (len >>> 8);
        System.arraycopy(body, 0, frame, 2, body.length);
        out.write(frame);
        out.flush();
    }

    /** Reads and decrypts the next packet. */
    public byte[] readPacket() throws IOException {
        byte[] body = readFrame();
        if (crypt != null) {
            crypt.decrypt(body);
        }
        if (body.length == 0) {
            throw new IOException("empty packet");
        }
        return body;
    }

    /** Reads packets until one whose opcode matches; the others are skipped. */
    public byte[] readUntil(IntPredicate opcode) throws IOException {
        while (true) {
            byte[] p = readPacket();
            if (opcode.test(p[0] & 0xFF)) {
                return p;
            }
        }
    }

    /** The next packet, or null when the server closed the connection. */
    public byte[] readPacketOrNull() throws IOException {
        try {
            return readPacket();
        } catch (EOFException e) {
            return null;
        }
    }

    /** True once the server has closed the connection (packets still in flight are skipped). */
    public boolean awaitClosed() throws IOException {
        try {
            while (true) {
                readFrame();
            }
        } catch (EOFException e) {
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by peer
        }
    }

    /** Like {@link #awaitClosed} with a shorter read timeout: false if still open after {@code wait}. */
    public boolean awaitClosedWithin(java.time.Duration wait) throws IOException {
        int old = socket.getSoTimeout();
        socket.setSoTimeout((int) Math.max(1, wait.toMillis()));
        try {
            return awaitClosed();
        } finally {
            if (!socket.isClosed()) {
                socket.setSoTimeout(old);
            }
        }
    }

    private byte[] readFrame() throws IOException {
        int lo = in.read();
        if (lo < 0) {
            throw new EOFException("connection closed by the server");
        }
        int len = lo | in.readUnsignedByte() << 8;
        if (len < 2) {
            throw new IOException("bad frame length " + len);
        }
        byte[] body = new byte[len - 2];
        in.readFully(body);
        return body;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** The game server answered AuthLogin with LoginFail. */
    public static final class LoginRefused extends IOException {
        private final int reason;

        public LoginRefused(int reason) {
            super("LoginFail reason " + reason, null);
            this.reason = reason;
        }

        public int reason() {
            return reason;
        }
    }
}
