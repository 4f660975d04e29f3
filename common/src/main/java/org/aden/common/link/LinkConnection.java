package org.aden.common.link;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Arrays;
import org.aden.common.net.MalformedPacketException;

/**
 * One end of a link connection over a blocking socket: frames are uint16 LE length (counting itself) + body, like
 * the client protocols. After the handshake every body carries a 16-byte tag, HMAC-SHA256(session key, direction,
 * sequence number, message), so a message cannot be forged, altered, replayed or reordered without the secret.
 * The link is not encrypted: session keys and account names are visible on the wire, which is why it listens on
 * loopback by default. {@link #send} is thread-safe; {@link #receive} is called by one reader thread.
 */
public final class LinkConnection implements AutoCloseable {
    static final int TAG_LENGTH = 16;
    private static final int MAX_BODY = 0xFFFF - 2;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final boolean loginSide;
    private volatile byte[] macKey;
    private long sendSeq;
    private long receiveSeq;
    private int tagFailuresInARow;

    /** Tag mismatches in a row after which the two ends are taken to be out of step and the link is closed. */
    static final int MAX_TAG_FAILURES_IN_A_ROW = 8;

    /**
     * One message that was framed correctly but is refused on its own (it does not decode, or its tag is wrong):
     * the link stays up and the reader goes on with the next one. Everything else thrown by {@link #receive}
     * means the stream itself is broken and the link must close.
     */
    public static final class BadMessage extends IOException {
        private final int opcode;
        private final long requestId;

        BadMessage(String message, int opcode, long requestId) {
            super(message, null);
            this.opcode = opcode;
            this.requestId = requestId;
        }

        /** The message's opcode, or -1 for an empty body. */
        public int opcode() {
            return opcode;
        }

        /** The request id of a refused request (VerifySession), so it can still be answered; -1 if none. */
        public long requestId() {
            return requestId;
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // an expected, logged condition: no stack trace
        }
    }

    /** @param loginSide true on the login server's end (selects the direction byte of the tags) */
    public LinkConnection(Socket socket, boolean loginSide) throws IOException {
        this.socket = socket;
        this.loginSide = loginSide;
        InputStream raw = socket.getInputStream();
        this.in = new DataInputStream(new BufferedInputStream(raw));
        this.out = new BufferedOutputStream(socket.getOutputStream());
    }

    /** From now on every message in both directions is tagged with a key derived from the secret and both nonces. */
    void authenticate(byte[] sessionKey) {
        this.macKey = sessionKey.clone();
    }

    public boolean isAuthenticated() {
        return macKey != null;
    }

    public synchronized void send(LinkMessage message) throws IOException {
        byte[] msg = message.encode();
        byte[] body = msg;
        if (macKey != null) {
            byte[] tag = tag(direction(loginSide), sendSeq++, msg);
            body = Arrays.copyOf(msg, msg.length + TAG_LENGTH);
            System.arraycopy(tag, 0, body, msg.length, TAG_LENGTH);
        }
        if (body.length > MAX_BODY) {
            throw new IOException("link message of " + body.length + " bytes does not fit a frame");
        }
        int len = body.length + 2;
        out.write(len & 0xFF);
        out.write(len >>> 8);
        out.write(body);
        out.flush();
    }

    /**
     * Blocks for the next message. Throws {@link BadMessage} for one message that is refused on its own (it does not
     * decode, or its tag is wrong: the caller logs it and reads on), EOFException when the peer closed, and another
     * IOException when the stream is broken (the caller closes the link).
     */
    public LinkMessage receive() throws IOException {
        int lo = in.read();
        if (lo < 0) {
            throw new EOFException("link closed by peer");
        }
        int len;
        byte[] body;
        try {
            len = lo | in.readUnsignedByte() << 8;
            if (len < 3) {
                throw new IOException("link frame length " + len + ": the stream is out of step");
            }
            body = new byte[len - 2];
            in.readFully(body);
        } catch (java.net.SocketTimeoutException e) {
            // only a timeout before a frame starts is a quiet period; inside a frame the stream is out of step
            throw new IOException("link timed out inside a frame");
        }
        if (macKey != null) {
            long seq = receiveSeq++;
            if (body.length <= TAG_LENGTH) {
                throw tagFailure("link frame too short for its tag");
            }
            byte[] msg = Arrays.copyOf(body, body.length - TAG_LENGTH);
            byte[] expected = tag(direction(!loginSide), seq, msg);
            if (!Hmac.equal(expected, Arrays.copyOfRange(body, msg.length, body.length))) {
                throw tagFailure("link message tag mismatch");
            }
            tagFailuresInARow = 0;
            body = msg;
        }
        try {
            return LinkMessage.read(body);
        } catch (MalformedPacketException e) {
            throw new BadMessage(e.getMessage(), body[0] & 0xFF, LinkMessage.requestIdOf(body));
        }
    }

    private IOException tagFailure(String why) {
        if (++tagFailuresInARow >= MAX_TAG_FAILURES_IN_A_ROW) {
            return new IOException(why + ", " + tagFailuresInARow + " in a row: the two ends are out of step");
        }
        return new BadMessage(why, -1, -1);
    }

    private byte[] tag(byte direction, long seq, byte[] msg) {
        byte[] header = new byte[9];
        header[0] = direction;
        for (int i = 0; i < 8; i++) {
            header[1 + i] = (byte) (seq >>> (8 * i));
        }
        return Arrays.copyOf(Hmac.mac(macKey, header, msg), TAG_LENGTH);
    }

    private static byte direction(boolean fromLogin) {
        return (byte) (fromLogin ? 'L' : 'G');
    }

    public String remoteAddress() {
        return String.valueOf(socket.getRemoteSocketAddress());
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing: nothing left to do
        }
    }
}
