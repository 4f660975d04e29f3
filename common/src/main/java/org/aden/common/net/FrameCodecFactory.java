package org.aden.common.net;

import org.apache.mina.core.buffer.IoBuffer;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.filter.codec.CumulativeProtocolDecoder;
import org.apache.mina.filter.codec.ProtocolCodecFactory;
import org.apache.mina.filter.codec.ProtocolDecoder;
import org.apache.mina.filter.codec.ProtocolDecoderOutput;
import org.apache.mina.filter.codec.ProtocolEncoder;
import org.apache.mina.filter.codec.ProtocolEncoderAdapter;
import org.apache.mina.filter.codec.ProtocolEncoderOutput;

/**
 * The framing both Lineage II protocols share: uint16 little-endian length (counting its own 2 bytes) + body.
 * Decoding yields each body as a {@code byte[]} (still encrypted); encoding takes a {@code byte[]} body
 * (already encrypted) and prefixes its length, or a {@link Frames} batch of such bodies, which leaves in one
 * buffer and one socket write. Ciphers and packet decoding sit above this filter.
 */
public final class FrameCodecFactory implements ProtocolCodecFactory {
    /** Largest body a frame may carry (length field max 0xFFFF, minus the header). */
    public static final int MAX_BODY = 0xFFFF - 2;

    private final int maxInboundBody;

    /** @param maxInboundBody frames from the peer larger than this are malformed and close the connection */
    public FrameCodecFactory(int maxInboundBody) {
        this.maxInboundBody = Math.min(maxInboundBody, MAX_BODY);
    }

    @Override
    public ProtocolEncoder getEncoder(IoSession session) {
        return ENCODER;
    }

    @Override
    public ProtocolDecoder getDecoder(IoSession session) {
        return new Decoder(maxInboundBody);
    }

    /** Several bodies (already encrypted, in order) framed into one buffer: one write instead of one each. */
    public record Frames(java.util.List<byte[]> bodies) {}

    private static final ProtocolEncoder ENCODER = new ProtocolEncoderAdapter() {
        @Override
        public void encode(IoSession session, Object message, ProtocolEncoderOutput out) {
            if (message instanceof Frames frames) {
                int size = 0;
                for (byte[] body : frames.bodies()) {
                    size += checked(body).length + 2;
                }
                IoBuffer buf = IoBuffer.allocate(size);
                for (byte[] body : frames.bodies()) {
                    put(buf, body);
                }
                out.write(buf.flip());
                return;
            }
            byte[] body = checked((byte[]) message);
            IoBuffer buf = IoBuffer.allocate(body.length + 2);
            put(buf, body);
            out.write(buf.flip());
        }
    };

    private static byte[] checked(byte[] body) {
        if (body.length > MAX_BODY) {
            throw new IllegalArgumentException("packet body of " + body.length + " bytes does not fit a frame");
        }
        return body;
    }

    private static void put(IoBuffer buf, byte[] body) {
        int len = body.length + 2;
        buf.put((byte) len).put((byte) (len >>> 8)).put(body);
    }

    private static final class Decoder extends CumulativeProtocolDecoder {
        private final int maxBody;

        Decoder(int maxBody) {
            this.maxBody = maxBody;
        }

        @Override
        protected boolean doDecode(IoSession session, IoBuffer in, ProtocolDecoderOutput out) {
            if (in.remaining() < 2) {
                return false;
            }
            int start = in.position();
            int len = (in.get(start) & 0xFF) | (in.get(start + 1) & 0xFF) << 8;
            if (len < 2 || len - 2 > maxBody) {
                throw new MalformedPacketException("frame length " + len + " out of range 2.." + (maxBody + 2));
            }
            if (in.remaining() < len) {
                return false;
            }
            in.skip(2);
            byte[] body = new byte[len - 2];
            in.get(body);
            out.write(body);
            return true;
        }
    }
}
