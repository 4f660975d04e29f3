package org.aden.tools.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.aden.common.db.DatabaseSettings;
import org.aden.common.net.PacketWriter;
import org.aden.tools.cli.ItemAudit;
import org.aden.tools.client.game.WorldClient;
import org.aden.tools.client.game.WorldPackets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kill -9} under load, then an audit. Bots drop items at their feet and pick them up again as fast as the
 * server answers; in the middle of it the game server is killed with SIGKILL and started again. Then the game
 * database must pass {@code aden audit}, every item a bot had been shown in its inventory (and was not moving at
 * the kill) must still be that bot's with its count, and no bot may own more of an item than it started with: no
 * duplicate, no loss of what the server had confirmed. An item on the ground at the kill is gone, as in every
 * Lineage II server (ground items are not saved). Rounds repeat on the same database.
 */
@Command(
        name = "crash-audit",
        mixinStandardHelpOptions = true,
        description = "kill -9 of the game server while bots move items, then an audit of the game database.")
public final class CrashAudit implements Callable<Integer> {
    @Option(names = "--bots", description = "Bots moving items (default ${DEFAULT-VALUE}).")
    int bots = 30;

    @Option(names = "--rounds", description = "Kills and restarts (default ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(
            names = "--action-seconds",
            description = "Seconds of item traffic before each kill (default ${DEFAULT-VALUE}).")
    int actionSeconds = 20;

    @Option(
            names = "--data-dir",
            description = "Folder for the database and logs; emptied first (default ${DEFAULT-VALUE}).")
    Path dataDir = Path.of("data/crash-audit");

    @CommandLine.Mixin
    ShardOptions options = new ShardOptions();

    static final String PASSWORD = "crashpass1";
    private static final int DROP = 0x12;
    private static final int USE_ITEM = 0x14;
    private static final Object REFUSED = new Object();
    private static final boolean DEBUG = Boolean.getBoolean("crash.debug");

    /** What one round found. */
    record Round(long moves, List<String> problems) {}

    public static void main(String[] args) {
        System.exit(new CommandLine(new CrashAudit()).execute(args));
    }

    @Option(
            names = "--plant-duplicate",
            hidden = true,
            description = "Self-test: give the first bot one more of an item behind the server's back after the last"
                    + " restart; the checks must report it.")
    boolean plantDuplicate;

    /** Every round's item moves and problems. */
    record Result(long moves, List<String> problems) {}

    @Override
    public Integer call() throws Exception {
        Result r = run();
        r.problems().forEach(p -> System.out.println("PROBLEM " + p));
        System.out.printf(
                "SUMMARY rounds=%d bots=%d item_moves=%d problems=%d%n",
                rounds, bots, r.moves(), r.problems().size());
        return r.problems().isEmpty() ? 0 : 1;
    }

    Result run() throws Exception {
        List<String> problems = new ArrayList<>();
        long moves = 0;
        try (ShardJvms shard = ShardJvms.start(
                options.home, dataDir.toAbsolutePath(), options.datapack, options.javaOpts, CrashAudit::showErrors)) {
            stock(shard);
            Map<String, Map<Integer, Long>> initial = new ConcurrentHashMap<>();
            for (int round = 1; round <= rounds; round++) {
                Round r = round(shard, initial, plantDuplicate && round == rounds);
                moves += r.moves();
                problems.addAll(r.problems());
                System.out.printf(
                        "round %d: %d item moves, %d problem(s)%n",
                        round, r.moves(), r.problems().size());
            }
        }
        return new Result(moves, problems);
    }

    private static void showErrors(String line) {
        if (line.contains(" ERROR ") || line.contains("started in")) {
            System.out.println("  | " + line);
        }
    }

    /** Things to move, besides the starting gear (which cannot be dropped): item id and count of each row. */
    static final int[][] STOCK = {{57, 100_000}, {10, 1}, {10, 1}, {10, 1}, {1835, 500}, {1060, 20}};

    /**
     * Every bot's character is created (one visit), the game server stopped, the stock written straight into the
     * database above every object id in use, and the server started again, so that its ids start above them.
     */
    private void stock(ShardJvms shard) throws Exception {
        BotLogin login = new BotLogin("127.0.0.1", shard.loginPort(), 1, PASSWORD);
        login.awaitServerUp(Duration.ofSeconds(60));
        for (int i = 0; i < bots; i++) {
            WorldClient c = login.enter("crash" + i, i);
            c.logout(Duration.ofSeconds(10));
            c.close();
        }
        shard.stopGame();
        DatabaseSettings db = shard.gameDb();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            int next;
            try (PreparedStatement q = c.prepareStatement("SELECT GREATEST((SELECT COALESCE(MAX(obj_id), 0) FROM"
                            + " items), (SELECT COALESCE(MAX(obj_id), 0) FROM characters))");
                    ResultSet r = q.executeQuery()) {
                r.next();
                next = r.getInt(1) + 1;
            }
            try (PreparedStatement chars =
                            c.prepareStatement("SELECT obj_id FROM characters WHERE account LIKE 'crash%'");
                    PreparedStatement add = c.prepareStatement("INSERT INTO items (obj_id, owner_id, item_id, count,"
                            + " enchant_level, location, slot) VALUES (?, ?, ?, ?, 0, 'INVENTORY', -1)");
                    ResultSet r = chars.executeQuery()) {
                while (r.next()) {
                    for (int[] item : STOCK) {
                        add.setInt(1, next++);
                        add.setInt(2, r.getInt(1));
                        add.setInt(3, item[0]);
                        add.setLong(4, item[1]);
                        add.addBatch();
                    }
                }
                add.executeBatch();
            }
        }
        shard.startGame();
    }

    /** One round: bots in, item traffic, kill -9, restart, checks. */
    Round round(ShardJvms shard, Map<String, Map<Integer, Long>> initial, boolean plant) throws Exception {
        BotLogin login = new BotLogin("127.0.0.1", shard.loginPort(), 1, PASSWORD);
        login.awaitServerUp(Duration.ofSeconds(60));
        List<Mover> movers = new ArrayList<>();
        for (int i = 0; i < bots; i++) {
            movers.add(new Mover("crash" + i, i));
        }
        CountDownLatch in = new CountDownLatch(bots);
        List<Thread> threads = new ArrayList<>();
        LongAdder moves = new LongAdder();
        for (Mover m : movers) {
            threads.add(Thread.ofVirtual().start(() -> m.run(login, in, initial, moves)));
        }
        if (!in.await(120, TimeUnit.SECONDS)) {
            throw new IOException("not every bot entered the world within 120 s");
        }
        Thread.sleep(actionSeconds * 1000L);
        // the state each bot was last shown, taken before the kill: later confirmations only add certainty
        movers.forEach(Mover::freeze);
        shard.killGame();
        movers.forEach(Mover::stop);
        for (Thread t : threads) {
            t.join(10_000);
        }
        shard.startGame();
        List<String> problems = new ArrayList<>();
        DatabaseSettings db = shard.gameDb();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            if (plant) {
                plantDuplicate(c, movers.get(0).account);
            }
            ItemAudit audit = new ItemAudit(c, ItemAudit.stackableIn(options.datapack));
            problems.addAll(audit.run());
            for (Mover m : movers) {
                problems.addAll(m.check(c, initial.get(m.account)));
            }
        }
        return new Round(moves.sum(), problems);
    }

    /** A copy of a dagger with a fresh object id, as a duplication bug would leave it. */
    private static void plantDuplicate(Connection c, String account) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("INSERT INTO items (obj_id, owner_id, item_id, count,"
                + " enchant_level, location, slot) SELECT (SELECT MAX(obj_id) + 1000 FROM items), ch.obj_id, 10, 1, 0,"
                + " 'INVENTORY', -1 FROM characters ch WHERE ch.account = ?")) {
            q.setString(1, account);
            q.executeUpdate();
        }
    }

    /** A bot that drops an item and picks it up again, over and over, and remembers what the server confirmed. */
    private final class Mover {
        final String account;
        final int n;
        /** object id → item id and count, as the server last showed the inventory */
        final Map<Integer, long[]> held = new ConcurrentHashMap<>();
        /**
         * What the server answered since the last request: DropItem of this bot's own drop (the ground object to
         * pick up), the object id of an InventoryUpdate entry, or {@link #REFUSED} for ActionFailed.
         */
        final LinkedBlockingQueue<Object> answers = new LinkedBlockingQueue<>();
        /** item ids worn at the start: the ones UseItem equips and takes off (UseItem on others may consume them) */
        final java.util.Set<Integer> wearables = ConcurrentHashMap.newKeySet();

        volatile int me;
        volatile Integer moving;
        volatile Map<Integer, long[]> frozen;
        volatile Integer frozenMoving;
        volatile boolean stopped;

        Mover(String account, int n) {
            this.account = account;
            this.n = n;
        }

        void run(BotLogin login, CountDownLatch in, Map<String, Map<Integer, Long>> initial, LongAdder moves) {
            WorldClient c = null;
            try {
                try {
                    c = login.enter(account, n);
                    me = c.me().objectId();
                    c.setListener(this::onPacket);
                    c.send(new byte[] {0x0F}); // RequestItemList: the inventory as it is now
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                    while (held.isEmpty() && System.nanoTime() < deadline) {
                        Thread.sleep(20);
                    }
                    initial.computeIfAbsent(account, k -> totals(held));
                    held.values().stream().filter(v -> v[2] != 0).forEach(v -> wearables.add((int) v[0]));
                } finally {
                    in.countDown();
                }
                SplittableRandom rnd = new SplittableRandom(n);
                while (!stopped && !c.isClosed()) {
                    List<Integer> candidates = new ArrayList<>(held.keySet());
                    if (candidates.isEmpty()) {
                        Thread.sleep(100);
                        continue;
                    }
                    int objectId = candidates.get(rnd.nextInt(candidates.size()));
                    long[] item = held.get(objectId);
                    if (item == null) {
                        continue; // gone meanwhile
                    }
                    boolean wearable = wearables.contains((int) item[0]);
                    boolean done = item[2] != 0 || (wearable && rnd.nextInt(4) == 0)
                            ? toggle(c, objectId) // paperdoll and inventory rows change too
                            : dropAndPickUp(c, objectId, (int) item[1], rnd);
                    if (done) {
                        moves.increment();
                    } else {
                        Thread.sleep(50);
                    }
                }
            } catch (Exception e) {
                if (!stopped) {
                    System.out.println(account + ": " + e);
                }
            } finally {
                if (c != null) {
                    try {
                        c.close();
                    } catch (IOException e) {
                        // the server is gone
                    }
                }
            }
        }

        /** UseItem: takes a worn item off, or puts it on. */
        private boolean toggle(WorldClient c, int objectId) throws Exception {
            answers.clear();
            moving = objectId;
            c.send(new PacketWriter()
                    .writeC(USE_ITEM)
                    .writeD(objectId)
                    .writeD(0)
                    .toByteArray());
            Integer got = answer(Integer.class);
            moving = null;
            return got != null;
        }

        /** The next answer of the given kind; null on ActionFailed or after 5 s. */
        private <T> T answer(Class<T> kind) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (true) {
                Object a = answers.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (a == null || a == REFUSED) {
                    return null;
                }
                if (kind.isInstance(a)) {
                    return kind.cast(a);
                }
            }
        }

        private boolean dropAndPickUp(WorldClient c, int objectId, int count, SplittableRandom rnd) throws Exception {
            answers.clear();
            moving = objectId;
            WorldPackets.Me at = c.me();
            int n = count > 1 ? 1 + rnd.nextInt(Math.min(count, 1000)) : 1; // stacks: part of it
            c.send(new PacketWriter()
                    .writeC(DROP)
                    .writeD(objectId)
                    .writeD(n)
                    .writeD(at.x())
                    .writeD(at.y())
                    .writeD(at.z())
                    .toByteArray());
            WorldPackets.Dropped d = answer(WorldPackets.Dropped.class);
            if (d == null) {
                held.remove(objectId); // refused (not droppable): leave it alone from now on
                moving = null;
                return false;
            }
            answers.clear();
            c.action(d.objectId()); // a click on an item on the ground picks it up
            Integer got = answer(Integer.class);
            moving = null;
            return got != null;
        }

        private void onPacket(byte[] b) {
            int op = WorldPackets.opcode(b);
            if (DEBUG) {
                System.out.printf("%s <- %02x %s%n", account, op, op == 0x64 ? WorldPackets.messageId(b) : "");
            }
            if (op == WorldPackets.ITEM_LIST) {
                held.clear();
                for (WorldPackets.Held h : WorldPackets.itemList(b)) {
                    held.put(h.objectId(), new long[] {h.itemId(), h.count(), h.equipped() ? 1 : 0});
                }
            } else if (op == WorldPackets.INVENTORY_UPDATE) {
                for (WorldPackets.ItemChange ch : WorldPackets.inventoryUpdate(b)) {
                    if (ch.change() == 3) {
                        held.remove(ch.objectId());
                    } else {
                        held.put(ch.objectId(), new long[] {ch.itemId(), ch.count(), ch.equipped() ? 1 : 0});
                        answers.add(ch.objectId());
                    }
                }
            } else if (op == WorldPackets.DROP_ITEM) {
                WorldPackets.Dropped d = WorldPackets.dropItem(b);
                if (d.dropperId() == me) {
                    answers.add(d);
                }
            } else if (op == WorldPackets.ACTION_FAILED) {
                answers.add(REFUSED);
            }
        }

        void freeze() {
            Map<Integer, long[]> copy = new HashMap<>();
            held.forEach((k, v) -> copy.put(k, v.clone()));
            frozen = copy;
            frozenMoving = moving;
        }

        void stop() {
            stopped = true;
        }

        /** After the restart: what the server had confirmed is there, and nothing is there twice. */
        List<String> check(Connection c, Map<Integer, Long> start) throws SQLException {
            List<String> out = new ArrayList<>();
            Map<Integer, long[]> rows = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT i.obj_id, i.item_id, i.count FROM items i"
                    + " JOIN characters ch ON ch.obj_id = i.owner_id WHERE ch.account = ?")) {
                q.setString(1, account);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        rows.put(r.getInt(1), new long[] {r.getInt(2), r.getLong(3)});
                    }
                }
            }
            Map<Integer, long[]> shown = frozen == null ? Map.of() : frozen;
            for (Map.Entry<Integer, long[]> e : shown.entrySet()) {
                if (e.getKey().equals(frozenMoving)) {
                    continue; // dropped or picked up at the kill: on the ground (gone) or back, either is right
                }
                long[] row = rows.get(e.getKey());
                if (row == null) {
                    out.add(account + ": item " + e.getKey() + " (item id " + e.getValue()[0]
                            + ") was confirmed in the inventory but is gone after the restart");
                } else if (row[1] != e.getValue()[1]) {
                    out.add(account + ": item " + e.getKey() + " count " + row[1] + " after the restart, "
                            + e.getValue()[1] + " confirmed");
                }
            }
            Map<Integer, Long> now = new HashMap<>();
            rows.values().forEach(r -> now.merge((int) r[0], r[1], Long::sum));
            for (Map.Entry<Integer, Long> e : now.entrySet()) {
                long before = start == null ? 0 : start.getOrDefault(e.getKey(), 0L);
                if (e.getValue() > before) {
                    out.add(account + ": owns " + e.getValue() + " of item id " + e.getKey() + " but started with "
                            + before);
                }
            }
            return out;
        }
    }

    private static Map<Integer, Long> totals(Map<Integer, long[]> held) {
        Map<Integer, Long> out = new HashMap<>();
        held.values().forEach(v -> out.merge((int) v[0], v[1], Long::sum));
        return Map.copyOf(out);
    }
}
