package org.aden.common.net;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Growable little-endian writer for a packet body (opcode first), in the reference's notation:
 * c, h, d, q, f, S, b[n]. Framing and encryption are applied later by the connection.
 */
public final class PacketWriter {
    private byte[] buf;
    private int size;

    public PacketWriter() {
        this(64);
    }

    public PacketWriter(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    private void ensure(int extra) {
        if (size + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
        }
    }

    public PacketWriter writeC(int v) {
        ensure(1);
        buf[size++] = (byte) v;
        return this;
    }

    public PacketWriter writeH(int v) {
        ensure(2);
        buf[size++] = (byte) v;
        buf[size++] = (byte) (v >>> 8);
        return this;
    }

    public PacketWriter writeD(int v) {
        ensure(4);
        buf[size++] = (byte) v;
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) (v >>> 16);
        buf[size++] = (byte) (v >>> 24);
        return this;
    }

    public PacketWriter writeQ(long v) {
        writeD((int) v);
        writeD((int) (v >>> 32));
        return this;
    }

    public PacketWriter writeF(double v) {
        return writeQ(Double.doubleToRawLongBits(v));
    }

    /** S: UTF-16LE plus the 00 00 terminator; null is written as the empty string. */
    public PacketWriter writeS(String s) {
        if (s != null && !s.isEmpty()) {
            writeB(s.getBytes(StandardCharsets.UTF_16LE));
        }
        return writeH(0);
    }

    public PacketWriter writeB(byte[] bytes) {
        return writeB(bytes, 0, bytes.length);
    }

    public PacketWriter writeB(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buf, size, length);
        size += length;
        return this;
    }

    /** n zero bytes. */
    public PacketWriter writeZeros(int n) {
        ensure(n);
        size += n; // buffer regions past size are always zero: grown by copyOf, never reused
        return this;
    }

    public int size() {
        return size;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}
