package org.aden.game.network.client.warehouse;

import java.util.ArrayList;
import java.util.List;
import org.aden.common.net.MalformedPacketException;
import org.aden.common.net.PacketReader;

/** The (objectId, count) lines of both warehouse requests, checked as aCis and Mobius check them. */
final class WareHouseLines {
    /** More lines than a warehouse or an inventory holds. */
    static final int MAX_LINES = 300;

    private WareHouseLines() {}

    record Line(int objectId, int count) {}

    static List<Line> read(PacketReader r, String packet) {
        int n = r.readD();
        if (n < 1 || n > MAX_LINES || r.remaining() != n * 8) {
            throw new MalformedPacketException(packet + ": " + n + " lines in " + r.remaining() + " bytes");
        }
        List<Line> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Line l = new Line(r.readD(), r.readD());
            if (l.objectId() < 1 || l.count() < 1) {
                throw new MalformedPacketException(packet + ": line " + l);
            }
            lines.add(l);
        }
        return lines;
    }
}
