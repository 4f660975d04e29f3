package org.aden.game.network;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import org.aden.common.crypto.GameCrypt;

/** A raw test peer on the game port: length-framed packets, optionally through the game cipher. */
public class RawGamePeer implements AutoCloseable {
    private final Socket s;
    private final DataInputStream in;
    private final OutputStream out;
    /** Set once KeyPacket has been read (cipher on); null sends and reads plain bodies. */
    public GameCrypt crypt;

    public RawGamePeer(int port) throws IOException {
        this(port, null);
    }

    /** A peer whose socket is bound to {@code localAddress} (any 127.x.y.z on Linux), to stand for another host. */
    public RawGamePeer(int port, String localAddress) throws IOException {
        s = localAddress == null
                ? new Socket("127.0.0.1", port)
                : new Socket(
                        java.net.InetAddress.getByName("127.0.0.1"),
                        port,
                        java.net.InetAddress.getByName(localAddress),
                        0);
        s.setSoTimeout(5000);
        in = new DataInputStream(s.getInputStream());
        out = s.getOutputStream();
    }

    public void send(byte[] body) throws IOException {
        byte[] b = body.clone();
        if (crypt != null) {
            crypt.encrypt(b);
        }
        byte[] f = new byte[b.length + 2];
        f[0] = (byte) (b.length + 2);
        f[1] = (byte) ((b.length + 2) >> 8);
        System.arraycopy(b, 0, f, 2, b.length);
        out.write(f);
        out.flush();
    }

    /** Bytes as they are, no framing (bad frames). */
    public void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    public byte[] read() throws IOException {
        int len = in.readUnsignedByte() | in.readUnsignedByte() << 8;
        byte[] b = new byte[len - 2];
        in.readFully(b);
        if (crypt != null) {
            crypt.decrypt(b);
        }
        return b;
    }

    /** The next raw byte, or -1 at the end of the stream. */
    public int readByte() throws IOException {
        return in.read();
    }

    /** True when the server closes the connection within the given time (anything it sends first is skipped). */
    public boolean closedWithin(int millis) throws IOException {
        s.setSoTimeout(millis);
        try {
            while (in.read() >= 0) {
                // drain
            }
            return true;
        } catch (EOFException e) {
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by the server
        }
    }

    @Override
    public void close() throws IOException {
        s.close();
    }
}
