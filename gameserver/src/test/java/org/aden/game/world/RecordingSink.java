package org.aden.game.world;

import java.util.ArrayList;
import java.util.List;
import org.aden.common.net.PacketReader;
import org.aden.game.actor.PacketSink;

/** Records every body the world sends to one player. */
public final class RecordingSink implements PacketSink {
    public final List<byte[]> bodies = new ArrayList<>();
    public boolean closed;

    @Override
    public void send(byte[] body) {
        bodies.add(body);
    }

    @Override
    public void close() {
        closed = true;
    }

    public List<byte[]> withOpcode(int opcode) {
        List<byte[]> out = new ArrayList<>();
        for (byte[] b : bodies) {
            if ((b[0] & 0xFF) == opcode) {
                out.add(b);
            }
        }
        return out;
    }

    public int count(int opcode) {
        return withOpcode(opcode).size();
    }

    /** Bodies with this opcode whose first int (after the opcode) is the given object id. */
    public int countAbout(int opcode, int objectId) {
        // CharInfo starts with x, y, z and a boat id: its object id sits at offset 17
        int offset = opcode == 0x03 ? 17 : 1;
        int n = 0;
        for (byte[] b : withOpcode(opcode)) {
            if (b.length >= offset + 4 && new PacketReader(b, offset, 4).readD() == objectId) {
                n++;
            }
        }
        return n;
    }

    public void clear() {
        bodies.clear();
    }
}
