package org.aden.tools.client.login;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aden.common.crypto.LoginCrypt;
import org.aden.common.crypto.ScrambledModulus;
import org.aden.common.link.SessionKey;
import org.aden.common.net.PacketReader;
import org.aden.common.net.PacketWriter;

/**
 * A headless Interlude client for the login server, speaking the protocol the way the original client does
 * (login.md): decrypts Init with the static key and undoes the XOR pass, unscrambles the RSA modulus, sends the
 * credentials RSA-encrypted without padding at offsets 0x5E/0x6C, and Blowfish-encrypts every later packet with the
 * dynamic key and a checksum. Blocking; one instance per connection; for tests and bots.
 * <pre>{@code
 * try (LoginClient c = LoginClient.connect("127.0.0.1", 2106)) {
 *     LoginResult r = c.login("alice", "secret");     // GGAuth + RequestAuthLogin
 *     List<ServerInfo> servers = c.serverList();
 *     PlayResult p = c.requestServerLogin(1);
 *     SessionKey keys = c.sessionKey();               // all four ints, for the game server's AuthLogin
 * }
 * }</pre>
 */
public final class LoginClient implements AutoCloseable {
    /** The client packet layouts' trailers as TS/L2JS send them (login.md §4.2, §4.4); servers ignore them. */
    private static final int[] GG_DATA = {0x00000123, 0x00004567, 0x000089AB, 0x0000CDEF};

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final Init init;
    private final LoginCrypt crypt;
    private int ggResponse;
    private int loginOk1;
    private int loginOk2;
    private int playOk1;
    private int playOk2;

    /** What Init carried. */
    public record Init(int sessionId, int protocolRevision, BigInteger rsaModulus, byte[] blowfishKey) {}

    /** LoginOk (keys), LoginFail (reason), AccountKicked (reason), or the server closed without answering. */
    public record LoginResult(Outcome outcome, int reason, int loginOk1, int loginOk2) {
        public enum Outcome {
            OK,
            LOGIN_FAIL,
            ACCOUNT_KICKED,
            CLOSED
        }

        public boolean ok() {
            return outcome == Outcome.OK;
        }
    }

    /** One ServerList entry. */
    public record ServerInfo(
            int id,
            String address,
            int port,
            int ageLimit,
            boolean pvp,
            int onlinePlayers,
            int maxPlayers,
            boolean up,
            int serverType,
            boolean showBrackets) {}

    /** The ServerList packet. */
    public record ServerListResult(int lastServerId, List<ServerInfo> servers) {}

    /** PlayOk (keys) or PlayFail / LoginFail (reason). */
    public record PlayResult(boolean ok, int playOk1, int playOk2, int failOpcode, int reason) {}

    private LoginClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
        this.init = readInit();
        this.crypt = new LoginCrypt(init.blowfishKey());
    }

    /** Connects and reads Init; the socket times out reads after 10 s. */
    public static LoginClient connect(String host, int port) throws IOException {
        return connect(host, port, null);
    }

    /** The same from a given local address (e.g. 127.0.0.2, to look like another machine on loopback). */
    public static LoginClient connect(String host, int port, String localAddress) throws IOException {
        Socket s = new Socket();
        try {
            if (localAddress != null) {
                s.bind(new InetSocketAddress(localAddress, 0));
            }
            s.connect(new InetSocketAddress(host, port), 5000);
            s.setSoTimeout(10_000);
            s.setTcpNoDelay(true);
            return new LoginClient(s);
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    public Init init() {
        return init;
    }

    private Init readInit() throws IOException {
        byte[] body = LoginCrypt.decryptInit(readFrame());
        PacketReader r = new PacketReader(body);
        if (r.readC() != 0x00) {
            throw new IOException("first packet is not Init");
        }
        int sessionId = r.readD();
        int revision = r.readD();
        BigInteger modulus = ScrambledModulus.unscramble(r.readB(128));
        r.skip(16); // GameGuard constants
        byte[] key = r.readB(16);
        return new Init(sessionId, revision, modulus, key);
    }

    /** RequestGGAuth, then RequestAuthLogin with the credentials. */
    public LoginResult login(String user, String password) throws IOException {
        PacketWriter gg = new PacketWriter().writeC(0x07).writeD(init.sessionId());
        for (int v : GG_DATA) {
            gg.writeD(v);
        }
        gg.writeZeros(19);
        sendPacket(gg.toByteArray());
        byte[] answer = readPacketOrNull();
        if (answer == null) {
            return new LoginResult(LoginResult.Outcome.CLOSED, 0, 0, 0);
        }
        if ((answer[0] & 0xFF) != 0x0B) {
            return failure(answer);
        }
        ggResponse = new PacketReader(answer, 1, 4).readD();

        PacketWriter auth = new PacketWriter()
                .writeC(0x00)
                .writeB(encryptCredentials(user, password))
                .writeD(ggResponse);
        for (int v : GG_DATA) {
            auth.writeD(v);
        }
        auth.writeB(new byte[] {8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}).writeZeros(16);
        sendPacket(auth.toByteArray());
        answer = readPacketOrNull();
        if (answer == null) {
            return new LoginResult(LoginResult.Outcome.CLOSED, 0, 0, 0);
        }
        if ((answer[0] & 0xFF) != 0x03) {
            return failure(answer);
        }
        PacketReader r = new PacketReader(answer, 1, answer.length - 1);
        loginOk1 = r.readD();
        loginOk2 = r.readD();
        return new LoginResult(LoginResult.Outcome.OK, 0, loginOk1, loginOk2);
    }

    private static LoginResult failure(byte[] p) throws IOException {
        int opcode = p[0] & 0xFF;
        int reason = p[1] & 0xFF; // one byte, as the client reads it; the server writes an int whose first byte it is
        return switch (opcode) {
            case 0x01 -> new LoginResult(LoginResult.Outcome.LOGIN_FAIL, reason, 0, 0);
            case 0x02 -> new LoginResult(LoginResult.Outcome.ACCOUNT_KICKED, new PacketReader(p, 1, 4).readD(), 0, 0);
            default -> throw new IOException(String.format("unexpected login packet 0x%02X", opcode));
        };
    }

    /** The 128-byte credentials block (login.md §3.9), raw RSA with e = 65537 and the unscrambled modulus. */
    public byte[] encryptCredentials(String user, String password) {
        byte[] block = new byte[128];
        byte[] u = user.getBytes(StandardCharsets.US_ASCII);
        byte[] p = password.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(u, 0, block, 0x5E, Math.min(u.length, 14));
        System.arraycopy(p, 0, block, 0x6C, Math.min(p.length, 16));
        BigInteger c = new BigInteger(1, block).modPow(BigInteger.valueOf(65537), init.rsaModulus());
        return ScrambledModulus.toBytes(c);
    }

    /** RequestServerList with the LoginOk pair; returns the list. */
    public ServerListResult serverList() throws IOException {
        sendPacket(new PacketWriter()
                .writeC(0x05)
                .writeD(loginOk1)
                .writeD(loginOk2)
                .writeD(0x04000000)
                .toByteArray());
        byte[] p = readPacket();
        if ((p[0] & 0xFF) != 0x04) {
            throw new IOException(String.format("expected ServerList, got 0x%02X", p[0] & 0xFF));
        }
        PacketReader r = new PacketReader(p, 1, p.length - 1);
        int count = r.readC();
        int last = r.readC();
        List<ServerInfo> servers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int id = r.readC();
            String address = r.readC() + "." + r.readC() + "." + r.readC() + "." + r.readC();
            servers.add(new ServerInfo(
                    id,
                    address,
                    r.readD(),
                    r.readC(),
                    r.readC() != 0,
                    r.readH(),
                    r.readH(),
                    r.readC() != 0,
                    r.readD(),
                    r.readC() != 0));
        }
        return new ServerListResult(last, servers);
    }

    /** RequestServerLogin for {@code serverId}: PlayOk keys or the failure. */
    public PlayResult requestServerLogin(int serverId) throws IOException {
        sendPacket(new PacketWriter()
                .writeC(0x02)
                .writeD(loginOk1)
                .writeD(loginOk2)
                .writeC(serverId)
                .toByteArray());
        byte[] p = readPacketOrNull();
        if (p == null) {
            return new PlayResult(false, 0, 0, -1, 0);
        }
        int opcode = p[0] & 0xFF;
        if (opcode == 0x07) {
            PacketReader r = new PacketReader(p, 1, p.length - 1);
            playOk1 = r.readD();
            playOk2 = r.readD();
            return new PlayResult(true, playOk1, playOk2, 0, 0);
        }
        if (opcode == 0x06 || opcode == 0x01) {
            return new PlayResult(false, 0, 0, opcode, p[1] & 0xFF);
        }
        throw new IOException(String.format("unexpected answer 0x%02X to RequestServerLogin", opcode));
    }

    /** The four ints the game server will be shown (valid after PlayOk). */
    public SessionKey sessionKey() {
        return new SessionKey(loginOk1, loginOk2, playOk1, playOk2);
    }

    // ---- raw access, for tests of malformed traffic ----

    /** Encrypts (checksum + dynamic Blowfish) and sends one plaintext body. */
    public void sendPacket(byte[] body) throws IOException {
        sendFrame(crypt.encryptClientPacket(body));
    }

    /** Sends a frame body as given, e.g. garbage that will not decrypt. */
    public void sendFrame(byte[] body) throws IOException {
        byte[] frame = new byte[body.length + 2];
        frame[0] = (byte) frame.length;
        frame[1] = (byte) (frame.length >>> 8);
        System.arraycopy(body, 0, frame, 2, body.length);
        out.write(frame);
        out.flush();
    }

    /** Reads and decrypts the next server packet (checksum verified). */
    public byte[] readPacket() throws IOException {
        return crypt.decryptServerPacket(readFrame());
    }

    /** Like {@link #readPacket} but null when the server closed the connection. */
    public byte[] readPacketOrNull() throws IOException {
        try {
            return readPacket();
        } catch (EOFException e) {
            return null;
        } catch (java.net.SocketException e) {
            return null; // reset by the server
        }
    }

    /** True once the server has closed the connection (skipping anything still sent; waits up to the read timeout). */
    public boolean awaitClosed() throws IOException {
        try {
            while (in.read() >= 0) {
                // drain
            }
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    private byte[] readFrame() throws IOException {
        int lo = in.readUnsignedByte();
        int len = lo | in.readUnsignedByte() << 8;
        if (len < 2) {
            throw new IOException("bad frame length " + len);
        }
        byte[] body = new byte[len - 2];
        in.readFully(body);
        return body;
    }

    /** Random bytes of a multiple-of-8 length: a body that will fail decryption's checksum. */
    public static byte[] garbage(int length) {
        byte[] b = new byte[length];
        new SecureRandom().nextBytes(b);
        return Arrays.copyOf(b, length);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
