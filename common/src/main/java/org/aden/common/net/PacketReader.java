package org.aden.common.net;

import java.nio.charset.StandardCharsets;

/**
 * Bounds-checked little-endian reader over one decrypted packet body, using the protocol reference's
 * notation: c (u8), h (i16), d (i32), q (i64), f (f64), S (UTF-16LE, 00 00-terminated), b[n].
 * Every read past the end throws {@link MalformedPacketException}.
 */
public final class PacketReader {
    /** Longest string any client packet may carry, in UTF-16 units; longer means malformed. */
    public static final int DEFAULT_MAX_STRING = 4096;

    private final byte[] data;
    private final int limit;
    private int position;

    public PacketReader(byte[] data) {
        this(data, 0, data.length);
    }

    public PacketReader(byte[] data, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > data.length) {
            throw new IllegalArgumentException("bad slice " + offset + "+" + length + " of " + data.length);
        }
        this.data = data;
        this.position = offset;
        this.limit = offset + length;
    }

    public int remaining() {
        return limit - position;
    }

    public int position() {
        return position;
    }

    private void need(int n, String what) {
        if (n < 0 || limit - position < n) {
            throw new MalformedPacketException(
                    "packet too short: " + what + " needs " + n + " bytes, " + remaining() + " left");
        }
    }

    /** c: one unsigned byte. */
    public int readC() {
        need(1, "c");
        return data[position++] & 0xFF;
    }

    /** h: a signed little-endian 16-bit value. */
    public int readH() {
        return (short) readUH();
    }

    /** h read as unsigned (opcodes, lengths). */
    public int readUH() {
        need(2, "h");
        int v = (data[position] & 0xFF) | (data[position + 1] & 0xFF) << 8;
        position += 2;
        return v;
    }

    /** d: a signed little-endian 32-bit value. */
    public int readD() {
        need(4, "d");
        int v = (data[position] & 0xFF)
                | (data[position + 1] & 0xFF) << 8
                | (data[position + 2] & 0xFF) << 16
                | (data[position + 3] & 0xFF) << 24;
        position += 4;
        return v;
    }

    /** q: a signed little-endian 64-bit value. */
    public long readQ() {
        long lo = readD() & 0xFFFFFFFFL;
        long hi = readD() & 0xFFFFFFFFL;
        return lo | hi << 32;
    }

    /** f: a little-endian IEEE-754 double. */
    public double readF() {
        return Double.longBitsToDouble(readQ());
    }

    /** S with the default length cap. */
    public String readS() {
        return readS(DEFAULT_MAX_STRING);
    }

    /** S: UTF-16LE up to a 00 00 terminator; more than maxChars units, or no terminator, is malformed. */
    public String readS(int maxChars) {
        int start = position;
        for (int i = position; i + 1 < limit; i += 2) {
            if (data[i] == 0 && data[i + 1] == 0) {
                int units = (i - start) / 2;
                if (units > maxChars) {
                    throw new MalformedPacketException("string longer than " + maxChars + " characters");
                }
                String s = new String(data, start, i - start, StandardCharsets.UTF_16LE);
                position = i + 2;
                return s;
            }
            if ((i - start) / 2 > maxChars) {
                throw new MalformedPacketException("string longer than " + maxChars + " characters");
            }
        }
        throw new MalformedPacketException("unterminated string");
    }

    /** b[n]: n raw bytes, copied. */
    public byte[] readB(int n) {
        need(n, "b[" + n + "]");
        byte[] out = new byte[n];
        System.arraycopy(data, position, out, 0, n);
        position += n;
        return out;
    }

    public void skip(int n) {
        need(n, "skip " + n);
        position += n;
    }
}
