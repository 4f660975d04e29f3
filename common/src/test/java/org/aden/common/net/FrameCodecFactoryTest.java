package org.aden.common.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.DataInputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import org.apache.mina.core.service.IoHandlerAdapter;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.filter.codec.ProtocolCodecFilter;
import org.apache.mina.transport.socket.nio.NioSocketAcceptor;
import org.junit.jupiter.api.Test;

/** The framing over a real socket: single bodies and a batch leave as the same bytes, in order. */
class FrameCodecFactoryTest {
    @Test
    void aBatchIsFramedBodyByBodyInOrderLikeSingleWrites() throws Exception {
        byte[] a = {1, 2, 3};
        byte[] b = new byte[300]; // a length over 255: both length bytes matter
        b[299] = 9;
        byte[] c = {7};
        byte[] d = {4, 5};
        NioSocketAcceptor acceptor = new NioSocketAcceptor(1);
        acceptor.getFilterChain().addLast("frame", new ProtocolCodecFilter(new FrameCodecFactory(1024)));
        acceptor.setHandler(new IoHandlerAdapter() {
            @Override
            public void sessionOpened(IoSession session) {
                session.write(new FrameCodecFactory.Frames(List.of(a, b, c)));
                session.write(d);
            }
        });
        acceptor.bind(new InetSocketAddress("127.0.0.1", 0));
        try (Socket s = new Socket("127.0.0.1", acceptor.getLocalAddress().getPort())) {
            s.setSoTimeout(5000);
            DataInputStream in = new DataInputStream(s.getInputStream());
            for (byte[] expected : List.of(a, b, c, d)) {
                int len = in.readUnsignedByte() | in.readUnsignedByte() << 8;
                assertEquals(expected.length + 2, len, "the length counts its own two bytes");
                byte[] body = new byte[len - 2];
                in.readFully(body);
                assertArrayEquals(expected, body);
            }
        } finally {
            acceptor.dispose(true);
        }
    }
}
