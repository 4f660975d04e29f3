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
import org.aden.common.net.PacketReader;
import org.aden.common.net.PacketWriter;
import org.aden.tools.cli.ItemAudit;
import org.aden.tools.client.game.WorldClient;
import org.aden.tools.client.game.WorldPackets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kill -9} under load, then an audit. Bots stand by a Talking Island merchant in pairs; they drop items at
 * their feet and pick them up again, take gear off and on, buy at the merchant and trade with their partner, as fast
 * as the server answers; in the middle of it the game server is killed with SIGKILL and started again. Then the game
 * database must pass {@code aden audit}; every item a bot had been shown in its inventory (and was not moving at the
 * kill) must still be that bot's with its count; every bot's count of each item must be what it started with plus
 * its item-ledger lines (nothing changed without its line, in the same transaction); and the TRADE lines of all bots
 * must cancel out per item (what one side gained the other lost). An item on the ground at the kill is gone, as in
 * every Lineage II server (ground items are not saved). Rounds repeat on the same database.
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
    /** An ItemList arrived: the answer to a purchase. */
    private static final Object LISTED = new Object();
    /** Lector, a Talking Island trader (datapack spawns/17_25.xml), his first buy list and its Short Sword. */
    static final int MERCHANT_NPC = 30001;

    static final int MERCHANT_X = -86385, MERCHANT_Y = 243267, MERCHANT_Z = -3717;
    static final int BUY_LIST = 3000100, BOUGHT = 1;
    /** What bots offer each other: the stock's tradable ids (not the Dagger) and the bought sword. */
    static final java.util.Set<Integer> TRADED = java.util.Set.of(57, 1835, 1060, BOUGHT);

    private static final boolean DEBUG = Boolean.getBoolean("crash.debug");

    /** What one round found: item moves (each confirmed by the server), of which purchases and trades. */
    record Round(long moves, long buys, long trades, List<String> problems) {}

    public static void main(String[] args) {
        System.exit(new CommandLine(new CrashAudit()).execute(args));
    }

    @Option(
            names = "--plant-duplicate",
            hidden = true,
            description = "Self-test: give the first bot one more of an item behind the server's back after the last"
                    + " restart; the checks must report it.")
    boolean plantDuplicate;

    /** Every round's item moves (of which purchases and trades) and problems. */
    record Result(long moves, long buys, long trades, List<String> problems) {}

    @Override
    public Integer call() throws Exception {
        Result r = run();
        r.problems().forEach(p -> System.out.println("PROBLEM " + p));
        System.out.printf(
                "SUMMARY rounds=%d bots=%d item_moves=%d buys=%d trades=%d problems=%d%n",
                rounds, bots, r.moves(), r.buys(), r.trades(), r.problems().size());
        return r.problems().isEmpty() ? 0 : 1;
    }

    Result run() throws Exception {
        List<String> problems = new ArrayList<>();
        long moves = 0, buys = 0, trades = 0;
        try (ShardJvms shard = ShardJvms.start(
                options.home, dataDir.toAbsolutePath(), options.datapack, options.javaOpts, CrashAudit::showErrors)) {
            stock(shard);
            Map<String, Map<Integer, Long>> initial = new ConcurrentHashMap<>();
            for (int round = 1; round <= rounds; round++) {
                Round r = round(shard, initial, plantDuplicate && round == rounds);
                moves += r.moves();
                buys += r.buys();
                trades += r.trades();
                problems.addAll(r.problems());
                System.out.printf(
                        "round %d: %d item moves (%d purchases, %d trades), %d problem(s)%n",
                        round, r.moves(), r.buys(), r.trades(), r.problems().size());
            }
        }
        return new Result(moves, buys, trades, problems);
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
            try (PreparedStatement place =
                    c.prepareStatement("UPDATE characters SET x = ?, y = ?, z = ? WHERE account = ?")) {
                for (int i = 0; i < bots; i++) {
                    int[] at = spot(i, bots);
                    place.setInt(1, at[0]);
                    place.setInt(2, at[1]);
                    place.setInt(3, MERCHANT_Z);
                    place.setString(4, "crash" + i);
                    place.addBatch();
                }
                place.executeBatch();
            }
        }
        shard.startGame();
    }

    /**
     * Where bot {@code i} stands: the two of a pair 20 apart, the pairs on a ring 60 around the merchant, so that a
     * bot talks to him without walking (talk range 150) and trades without leaving its partner's range (150).
     */
    static int[] spot(int i, int bots) {
        int pairs = Math.max(1, (bots + 1) / 2);
        double angle = 2 * Math.PI * (i / 2) / pairs;
        int x = MERCHANT_X + (int) Math.round(60 * Math.cos(angle)) + (i % 2) * 20;
        int y = MERCHANT_Y + (int) Math.round(60 * Math.sin(angle));
        return new int[] {x, y};
    }

    /** One round: bots in, item traffic, kill -9, restart, checks. */
    Round round(ShardJvms shard, Map<String, Map<Integer, Long>> initial, boolean plant) throws Exception {
        BotLogin login = new BotLogin("127.0.0.1", shard.loginPort(), 1, PASSWORD);
        login.awaitServerUp(Duration.ofSeconds(60));
        List<Mover> movers = new ArrayList<>();
        for (int i = 0; i < bots; i++) {
            movers.add(new Mover("crash" + i, i));
        }
        for (int i = 0; i + 1 < bots; i += 2) {
            movers.get(i).partner = movers.get(i + 1); // the even bot of a pair asks, the odd one answers
        }
        CountDownLatch in = new CountDownLatch(bots);
        List<Thread> threads = new ArrayList<>();
        Counts counts = new Counts();
        for (Mover m : movers) {
            threads.add(Thread.ofVirtual().start(() -> m.run(login, in, initial, counts)));
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
            problems.addAll(tradesBalance(c));
        }
        return new Round(counts.moves.sum(), counts.buys.sum(), counts.trades.sum(), problems);
    }

    /** Item moves confirmed by the server, and of them purchases and trades (shared by the bots). */
    static final class Counts {
        final LongAdder moves = new LongAdder();
        final LongAdder buys = new LongAdder();
        final LongAdder trades = new LongAdder();
    }

    /** What trades gave one bot they took from another: the TRADE lines of each item id add up to 0. */
    private static List<String> tradesBalance(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT item_id, SUM(count) FROM item_ledger WHERE reason ="
                        + " 'TRADE' GROUP BY item_id HAVING SUM(count) <> 0");
                ResultSet r = q.executeQuery()) {
            while (r.next()) {
                out.add("trades made " + r.getLong(2) + " of item id " + r.getInt(1) + " out of nothing");
            }
        }
        return out;
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

    /**
     * A bot that moves items over and over and remembers what the server confirmed: drops and picks up again, takes
     * gear off and on, buys a sword at the merchant, and (the even bot of a pair) trades with its partner, who
     * answers from its packet listener while it waits.
     */
    private final class Mover {
        static final int IDLE = 0, ACTING = 1, TRADING = 2;

        final String account;
        final int n;
        /** object id → item id, count and worn flag, as the server last showed the inventory */
        final Map<Integer, long[]> held = new ConcurrentHashMap<>();
        /**
         * What the server answered since the last request: DropItem of this bot's own drop (the ground object to
         * pick up), the object id of an InventoryUpdate entry, {@link #LISTED}, the trade's progress, an
         * NpcHtmlMessage's text, or {@link #REFUSED} for ActionFailed.
         */
        final LinkedBlockingQueue<Object> answers = new LinkedBlockingQueue<>();
        /** item ids worn at the start: the ones UseItem equips and takes off (UseItem on others may consume them) */
        final java.util.Set<Integer> wearables = ConcurrentHashMap.newKeySet();
        /** item ids in the open trade or the purchase under way: their counts may change without this bot knowing */
        final java.util.Set<Integer> inFlight = ConcurrentHashMap.newKeySet();
        /** IDLE, ACTING (its own move, or counting its start) or TRADING (answering its partner's trade) */
        final java.util.concurrent.atomic.AtomicInteger state = new java.util.concurrent.atomic.AtomicInteger(ACTING);

        Mover partner;
        volatile WorldClient client;
        volatile int me;
        volatile int merchant;
        volatile boolean buyListOpen;
        volatile long tradingSince;
        /** The partner asked: this bot starts no new move until the answer is sent. */
        volatile boolean tradeWanted;

        volatile Integer moving;
        volatile Map<Integer, long[]> frozen;
        volatile Integer frozenMoving;
        volatile java.util.Set<Integer> frozenInFlight = java.util.Set.of();
        volatile boolean stopped;

        Mover(String account, int n) {
            this.account = account;
            this.n = n;
        }

        void run(BotLogin login, CountDownLatch in, Map<String, Map<Integer, Long>> initial, Counts counts) {
            WorldClient c = null;
            try {
                try {
                    c = login.enter(
                            account, n, n, this::onPacket); // from the start: the merchant's NpcInfo comes early
                    client = c;
                    me = c.me().objectId();
                    c.send(new byte[] {0x0F}); // RequestItemList: the inventory as it is now
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                    while (held.isEmpty() && System.nanoTime() < deadline) {
                        Thread.sleep(20);
                    }
                    initial.computeIfAbsent(account, k -> totals(held));
                    held.values().stream().filter(v -> v[2] != 0).forEach(v -> wearables.add((int) v[0]));
                    state.set(IDLE); // from now on it acts, and answers its partner
                } finally {
                    in.countDown();
                }
                SplittableRandom rnd = new SplittableRandom(n);
                while (!stopped && !c.isClosed()) {
                    if (tradeWanted || !state.compareAndSet(IDLE, ACTING)) { // a request waits for this bot: let it in
                        if (state.get() == TRADING && System.nanoTime() - tradingSince > TimeUnit.SECONDS.toNanos(10)) {
                            state.compareAndSet(TRADING, IDLE); // the trade never closed: stop waiting for it
                        }
                        Thread.sleep(20);
                        continue;
                    }
                    try {
                        act(c, rnd, counts);
                    } finally {
                        state.compareAndSet(ACTING, IDLE);
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

        /** One move, chosen at random; a refused one waits a little. */
        private void act(WorldClient c, SplittableRandom rnd, Counts counts) throws Exception {
            int pick = rnd.nextInt(10);
            if (pick == 0 && merchant != 0) {
                count(buy(c), counts, counts.buys);
                return;
            }
            if (pick == 1 && partner != null && partner.me != 0) {
                count(trade(c, rnd), counts, counts.trades);
                return;
            }
            List<Integer> candidates = new ArrayList<>(held.keySet());
            if (candidates.isEmpty()) {
                Thread.sleep(100);
                return;
            }
            int objectId = candidates.get(rnd.nextInt(candidates.size()));
            long[] item = held.get(objectId);
            if (item == null) {
                return; // gone meanwhile
            }
            boolean wearable = wearables.contains((int) item[0]);
            boolean done = item[2] != 0 || (wearable && rnd.nextInt(4) == 0)
                    ? toggle(c, objectId) // paperdoll and inventory rows change too
                    : dropAndPickUp(c, objectId, (int) item[1], rnd);
            count(done, counts, null);
        }

        private void count(boolean done, Counts counts, LongAdder kind) throws InterruptedException {
            if (done) {
                counts.moves.increment();
                if (kind != null) {
                    kind.increment();
                }
            } else {
                Thread.sleep(50);
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
            return answer(kind, 5_000);
        }

        private <T> T answer(Class<T> kind, long millis) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
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

        /** True once the answer arrived; false on ActionFailed or after 5 s. */
        private boolean answered(Object marker) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (true) {
                Object a = answers.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (a == null || a == REFUSED) {
                    return false;
                }
                if (a == marker) {
                    return true;
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

        /**
         * A Short Sword from the merchant's first list; the list is opened once (two clicks on him, his page's Buy
         * link). The answer is the whole ItemList, sent once the purchase is written.
         */
        private boolean buy(WorldClient c) throws Exception {
            answers.clear();
            if (!buyListOpen) {
                c.action(merchant);
                c.action(merchant);
                String html = answer(String.class);
                java.util.regex.Matcher link = html == null
                        ? null
                        : java.util.regex.Pattern.compile("bypass -h (npc_\\d+_Buy " + BUY_LIST + ")\"")
                                .matcher(html);
                if (link == null || !link.find()) {
                    return false;
                }
                answers.clear();
                c.bypass(link.group(1));
                if (!answered(LISTED)) { // BuyList is followed by nothing else; see onPacket
                    return false;
                }
                buyListOpen = true;
                answers.clear();
            }
            inFlight.add(57);
            inFlight.add(BOUGHT);
            c.buy(BUY_LIST, BOUGHT, 1);
            boolean done = answered(LISTED);
            if (!done) {
                buyListOpen = false; // refused (too heavy, or the list forgotten): open it again next time
            }
            inFlight.clear();
            return done;
        }

        /**
         * Asks the partner to trade, offers one of its items (part of a stack), waits for the partner's adena, confirms;
         * the partner confirms once it sees this confirmation. True when the server says the trade was made.
         */
        private boolean trade(WorldClient c, SplittableRandom rnd) throws Exception {
            List<long[]> offerable = new ArrayList<>();
            held.forEach((objectId, v) -> {
                if (v[2] == 0 && TRADED.contains((int) v[0])) {
                    offerable.add(new long[] {objectId, v[0], v[1]});
                }
            });
            if (offerable.isEmpty()) {
                return false;
            }
            long[] offer = offerable.get(rnd.nextInt(offerable.size()));
            answers.clear();
            c.requestTrade(partner.me);
            if (answer(TradeOpened.class, 4_000) == null) {
                return false; // the partner was busy and declined
            }
            inFlight.add((int) offer[1]);
            int count = offer[2] > 1 ? 1 + rnd.nextInt((int) Math.min(offer[2], 1000)) : 1;
            c.addTradeItem((int) offer[0], count);
            answer(PartnerOffered.class, 1_000); // the partner's adena, if it has some
            c.tradeDone(true);
            TradeClosed closed = answer(TradeClosed.class, 5_000); // after the InventoryUpdate of a made trade
            if (closed == null) {
                c.tradeDone(false); // still open (an answer lost): close it
            }
            return closed != null && closed.made();
        }

        private void onPacket(byte[] b) {
            int op = WorldPackets.opcode(b);
            if (DEBUG) {
                System.out.printf("%s <- %02x %s%n", account, op, op == 0x64 ? WorldPackets.messageId(b) : "");
            }
            try {
                onTrade(op, b);
            } catch (IOException e) {
                // the connection is going; the round's end decides
            }
            if (op == WorldPackets.ITEM_LIST) {
                held.clear();
                for (WorldPackets.Held h : WorldPackets.itemList(b)) {
                    held.put(h.objectId(), new long[] {h.itemId(), h.count(), h.equipped() ? 1 : 0});
                }
                answers.add(LISTED);
            } else if (op == WorldPackets.BUY_LIST) {
                answers.add(LISTED);
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
            } else if (op == WorldPackets.NPC_INFO) {
                WorldPackets.Npc npc = WorldPackets.npcInfo(b);
                if (npc.npcTypeId() == MERCHANT_NPC + 1_000_000) {
                    merchant = npc.objectId();
                }
            } else if (op == WorldPackets.NPC_HTML_MESSAGE) {
                answers.add(WorldPackets.npcHtml(b).html());
            } else if (op == WorldPackets.ACTION_FAILED) {
                answers.add(REFUSED);
            }
        }

        /** The trade packets: both sides note the item ids in play; the answering side plays its part here. */
        private void onTrade(int op, byte[] b) throws IOException {
            WorldClient c = client;
            if (op == WorldPackets.SEND_TRADE_REQUEST) {
                tradingSince = System.nanoTime();
                tradeWanted = true;
                Thread.ofVirtual().start(() -> answerWhenFree(c)); // never block the reader: its answers are awaited
            } else if (op == WorldPackets.TRADE_START) {
                inFlight.clear();
                answers.add(new TradeOpened());
                if (state.get() == TRADING) {
                    held.forEach((objectId, v) -> {
                        if (v[0] == 57 && v[2] == 0 && v[1] > 1 && inFlight.add(57)) {
                            try {
                                c.addTradeItem(objectId, 1 + (int) (tradingSince % Math.min(v[1] - 1, 50)));
                            } catch (IOException e) {
                                // the connection is going
                            }
                        }
                    });
                }
            } else if (op == WorldPackets.TRADE_OWN_ADD || op == WorldPackets.TRADE_OTHER_ADD) {
                inFlight.add(WorldPackets.tradeAdd(b).itemId());
                if (op == WorldPackets.TRADE_OTHER_ADD) {
                    answers.add(new PartnerOffered());
                }
            } else if (op == WorldPackets.TRADE_PRESS_OTHER_OK && state.get() == TRADING) {
                c.tradeDone(true);
            } else if (op == WorldPackets.TRADE_DONE) {
                // the InventoryUpdate of a made trade came before: what this bot holds is known again
                inFlight.clear();
                answers.add(new TradeClosed(new PacketReader(b, 1, 4).readD() == 1));
                state.compareAndSet(TRADING, IDLE);
            }
        }

        /** Accepts once its own move is done (within 3 s), else declines. */
        private void answerWhenFree(WorldClient c) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            boolean free = false;
            try {
                while (!(free = state.compareAndSet(IDLE, TRADING)) && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                tradingSince = System.nanoTime();
                c.answerTrade(free);
            } catch (IOException | InterruptedException e) {
                // the connection is going
            } finally {
                tradeWanted = false;
            }
        }

        void freeze() {
            Map<Integer, long[]> copy = new HashMap<>();
            held.forEach((k, v) -> copy.put(k, v.clone()));
            frozen = copy;
            frozenMoving = moving;
            frozenInFlight = java.util.Set.copyOf(inFlight);
        }

        void stop() {
            stopped = true;
        }

        /**
         * After the restart: what the server had confirmed is there, and every item count is the starting count plus
         * this character's ledger lines.
         */
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
                if (e.getKey().equals(frozenMoving) || frozenInFlight.contains((int) e.getValue()[0])) {
                    continue; // moving at the kill: on the ground (gone), back, traded or bought, either is right
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
            Map<Integer, Long> explained = new HashMap<>(start == null ? Map.of() : start);
            try (PreparedStatement q = c.prepareStatement("SELECT l.item_id, SUM(l.count) FROM item_ledger l JOIN"
                    + " characters ch ON ch.obj_id = l.char_id WHERE ch.account = ? GROUP BY l.item_id")) {
                q.setString(1, account);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        explained.merge(r.getInt(1), r.getLong(2), Long::sum);
                    }
                }
            }
            java.util.Set<Integer> ids = new java.util.TreeSet<>(now.keySet());
            ids.addAll(explained.keySet());
            for (int id : ids) {
                long have = now.getOrDefault(id, 0L);
                long should = explained.getOrDefault(id, 0L);
                if (have != should) {
                    out.add(account + ": owns " + have + " of item id " + id + " but its start and ledger lines say "
                            + should);
                }
            }
            return out;
        }
    }

    /** TradeStart arrived. */
    private record TradeOpened() {}

    /** TradeOtherAdd arrived. */
    private record PartnerOffered() {}

    /** TradeDone (0x22) arrived: the trade was made, or closed with nothing moved. */
    private record TradeClosed(boolean made) {}

    private static Map<Integer, Long> totals(Map<Integer, long[]> held) {
        Map<Integer, Long> out = new HashMap<>();
        held.values().forEach(v -> out.merge((int) v[0], v[1], Long::sum));
        return Map.copyOf(out);
    }
}
