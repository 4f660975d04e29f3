package org.aden.tools.client.game;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.aden.common.net.PacketWriter;

/**
 * A headless player in the world: sends world requests over a {@link GameConnection} that has selected a
 * character, and reads everything the server sends on a virtual thread, so a test can await a given packet
 * while the bot keeps acting. Optionally keeps the history (tests) or only calls a listener (bots).
 */
public final class WorldClient implements AutoCloseable {
    private final GameConnection conn;
    private final boolean keepHistory;
    private final List<byte[]> history = new ArrayList<>();
    private final Object sendLock = new Object();
    private volatile Consumer<byte[]> listener = b -> {};
    private volatile boolean closed;
    private volatile IOException failure;
    private volatile WorldPackets.Me me;
    private Thread reader;

    private WorldClient(GameConnection conn, boolean keepHistory) {
        this.conn = conn;
        this.keepHistory = keepHistory;
    }

    /** Sends EnterWorld and waits for UserInfo. */
    public static WorldClient enter(
            GameConnection conn, boolean keepHistory, Consumer<byte[]> listener, Duration timeout) throws IOException {
        WorldClient c = new WorldClient(conn, keepHistory);
        if (listener != null) {
            c.listener = listener;
        }
        c.reader = Thread.ofVirtual().name("world-client").start(c::readLoop);
        c.send(new PacketWriter().writeC(0x03).writeZeros(104).toByteArray());
        byte[] ui = c.await(b -> WorldPackets.opcode(b) == WorldPackets.USER_INFO, timeout);
        if (ui == null) {
            c.close();
            throw new IOException("no UserInfo within " + timeout + (c.failure != null ? ": " + c.failure : ""));
        }
        return c;
    }

    /** Kept even without history: what {@link #enter}, {@link #logout} and {@link #restart} wait for. */
    private static boolean isControl(int opcode) {
        return opcode == WorldPackets.USER_INFO
                || opcode == WorldPackets.LEAVE_WORLD
                || opcode == WorldPackets.CHAR_SELECTION_INFO;
    }

    private void readLoop() {
        try {
            while (!closed) {
                byte[] b = conn.readPacket();
                if (WorldPackets.opcode(b) == WorldPackets.USER_INFO) {
                    me = WorldPackets.userInfo(b);
                }
                listener.accept(b);
                if (keepHistory) {
                    synchronized (history) {
                        history.add(b);
                        history.notifyAll();
                    }
                } else if (me == null || isControl(WorldPackets.opcode(b))) {
                    synchronized (history) {
                        history.add(b);
                        history.notifyAll();
                    }
                }
            }
        } catch (IOException e) {
            if (!closed) {
                failure = e;
            }
        } finally {
            closed = true;
            synchronized (history) {
                history.notifyAll();
            }
        }
    }

    public void setListener(Consumer<byte[]> l) {
        this.listener = l;
    }

    /** The player's own data from the last UserInfo. */
    public WorldPackets.Me me() {
        return me;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Index to await packets received after this point only. */
    public int mark() {
        synchronized (history) {
            return history.size();
        }
    }

    /** The first packet received so far (from the start) that matches, waiting up to the timeout; null if none. */
    public byte[] await(Predicate<byte[]> p, Duration timeout) {
        return awaitAfter(0, p, timeout);
    }

    public byte[] awaitAfter(int mark, Predicate<byte[]> p, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int seen = mark;
        synchronized (history) {
            while (true) {
                for (; seen < history.size(); seen++) {
                    if (p.test(history.get(seen))) {
                        return history.get(seen);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || closed) {
                    return null;
                }
                try {
                    history.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
    }

    /** Every packet received so far with this opcode. */
    public List<byte[]> received(int opcode) {
        List<byte[]> out = new ArrayList<>();
        synchronized (history) {
            for (byte[] b : history) {
                if (WorldPackets.opcode(b) == opcode) {
                    out.add(b);
                }
            }
        }
        return out;
    }

    public void send(byte[] body) throws IOException {
        synchronized (sendLock) {
            conn.send(body);
        }
    }

    // ---- world requests

    public void moveTo(int x, int y, int z) throws IOException {
        WorldPackets.Me m = me;
        send(new PacketWriter()
                .writeC(0x01)
                .writeD(x)
                .writeD(y)
                .writeD(z)
                .writeD(m != null ? m.x() : x)
                .writeD(m != null ? m.y() : y)
                .writeD(m != null ? m.z() : z)
                .writeD(1)
                .toByteArray());
    }

    public void validatePosition(int x, int y, int z, int heading) throws IOException {
        send(new PacketWriter()
                .writeC(0x48)
                .writeD(x)
                .writeD(y)
                .writeD(z)
                .writeD(heading)
                .writeD(0)
                .toByteArray());
    }

    public void say(int chatType, String text) throws IOException {
        send(new PacketWriter().writeC(0x38).writeS(text).writeD(chatType).toByteArray());
    }

    public void whisper(String target, String text) throws IOException {
        send(new PacketWriter()
                .writeC(0x38)
                .writeS(text)
                .writeD(2)
                .writeS(target)
                .toByteArray());
    }

    public void action(int objectId) throws IOException {
        send(new PacketWriter()
                .writeC(0x04)
                .writeD(objectId)
                .writeD(0)
                .writeD(0)
                .writeD(0)
                .writeC(0)
                .toByteArray());
    }

    /** RequestRestartPoint (0x6D) from the death dialog: 0 = to the village. */
    public void restartPoint(int pointType) throws IOException {
        send(new PacketWriter().writeC(0x6D).writeD(pointType).toByteArray());
    }

    /** RequestBypassToServer: a link clicked in the NPC chat window. */
    public void bypass(String command) throws IOException {
        send(new PacketWriter().writeC(0x21).writeS(command).toByteArray());
    }

    // ---- trade (docs/protocol/trade.md)

    /** TradeRequest: ask the player with this object id to trade. */
    public void requestTrade(int objectId) throws IOException {
        send(new PacketWriter().writeC(0x15).writeD(objectId).toByteArray());
    }

    /** AnswerTradeRequest: accept or decline the trade request shown. */
    public void answerTrade(boolean accept) throws IOException {
        send(new PacketWriter().writeC(0x44).writeD(accept ? 1 : 0).toByteArray());
    }

    /** AddTradeItem: {@code count} of an own item into the open trade. */
    public void addTradeItem(int objectId, int count) throws IOException {
        send(new PacketWriter()
                .writeC(0x16)
                .writeD(0)
                .writeD(objectId)
                .writeD(count)
                .toByteArray());
    }

    /** TradeDone: confirm (OK) or cancel the open trade. */
    public void tradeDone(boolean confirm) throws IOException {
        send(new PacketWriter().writeC(0x17).writeD(confirm ? 1 : 0).toByteArray());
    }

    /** RequestBuyItem: one line of the buy list the merchant opened. */
    public void buy(int listId, int itemId, int count) throws IOException {
        send(new PacketWriter()
                .writeC(0x1F)
                .writeD(listId)
                .writeD(1)
                .writeD(itemId)
                .writeD(count)
                .toByteArray());
    }

    public void adminCommand(String line) throws IOException {
        send(new PacketWriter().writeC(0x5B).writeS(line).toByteArray());
    }

    /** Logout; true when LeaveWorld arrived. */
    public boolean logout(Duration timeout) throws IOException {
        int mark = mark();
        send(new byte[] {0x09});
        return awaitAfter(mark, b -> WorldPackets.opcode(b) == WorldPackets.LEAVE_WORLD, timeout) != null;
    }

    /** RequestRestart; true when RestartResponse and the character list arrived. */
    public boolean restart(Duration timeout) throws IOException {
        int mark = mark();
        send(new byte[] {0x46});
        return awaitAfter(mark, b -> WorldPackets.opcode(b) == WorldPackets.CHAR_SELECTION_INFO, timeout) != null;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        conn.close();
    }
}
