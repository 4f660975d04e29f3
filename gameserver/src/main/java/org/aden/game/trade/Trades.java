package org.aden.game.trade;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.aden.game.actor.Creature;
import org.aden.game.actor.Player;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLedger;
import org.aden.game.item.ItemTemplate;
import org.aden.game.network.client.trade.AddTradeItem;
import org.aden.game.network.client.trade.AnswerTradeRequest;
import org.aden.game.network.client.trade.TradeDone;
import org.aden.game.network.server.system.ActionFailed;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.trade.SendTradeDone;
import org.aden.game.network.server.trade.SendTradeRequest;
import org.aden.game.network.server.trade.TradeItem;
import org.aden.game.network.server.trade.TradeOtherAdd;
import org.aden.game.network.server.trade.TradeOwnAdd;
import org.aden.game.network.server.trade.TradePressOtherOk;
import org.aden.game.network.server.trade.TradePressOwnOk;
import org.aden.game.network.server.trade.TradeStart;
import org.aden.game.network.server.trade.TradeUpdate;
import org.aden.game.network.server.world.StatusUpdate;
import org.aden.game.world.World;

/**
 * Player-to-player trade (docs/protocol/trade.md), on the world thread: a request and its answer open the window,
 * each side offers items from its bag, and once both have confirmed the items move both ways as one transaction
 * ({@link ItemLedger#tradeWhenWritten}). Nothing moves before both confirmed; a logout, a death, walking apart or
 * either side cancelling closes the window with nothing moved.
 */
public final class Trades {
    /** Request, confirm and the open window: at most this far apart (REF's 150, in 3D). */
    static final int RANGE = 150;
    /** How long a request waits for its answer (REF and ACIS). */
    static final long REQUEST_MILLIS = 15_000;

    static final int OUT_OF_RANGE = 22;
    static final int NOTHING_HAPPENED = 61;
    static final int CANNOT_BE_TRADED = 99;
    static final int INVALID_TARGET = 109;
    static final int REQUESTED = 118; // "You have requested a trade with $c1."
    static final int DENIED = 119; // "$c1 has denied your request to trade."
    static final int BEGIN = 120; // "You begin trading with $c1."
    static final int CONFIRMED = 121; // "$c1 has confirmed the trade."
    static final int NO_LONGER_ADJUST = 122;
    static final int SUCCESSFUL = 123;
    static final int CANCELLED = 124; // "$c1 has cancelled the trade."
    static final int ALREADY_TRADING = 142;
    static final int INCORRECT_TARGET = 144;
    static final int NOT_ONLINE = 145;
    static final int BUSY = 153; // "$c1 is on another task. Please try again later."
    static final int FAILED = 1802; // "The attempt to trade has failed."

    private final World world;
    private final ItemLedger ledger;
    private final BooleanSupplier databaseUp;

    /** @param databaseUp false while the database is known to be away: a confirmed trade is then refused */
    public Trades(World world, ItemLedger ledger, BooleanSupplier databaseUp) {
        this.world = world;
        this.ledger = ledger;
        this.databaseUp = databaseUp;
    }

    public void request(Player p, int targetId) {
        if (!(world.object(targetId) instanceof Player target) || !target.isSpawned()) {
            refuse(p, SystemMessage.of(INVALID_TARGET));
            return;
        }
        if (target == p) {
            refuse(p, SystemMessage.of(INCORRECT_TARGET));
            return;
        }
        Dealing mine = Dealing.of(p);
        Dealing theirs = Dealing.of(target);
        long now = world.now();
        if (p.isDead() || target.isDead()) {
            refuse(p, SystemMessage.of(INVALID_TARGET));
        } else if (mine.trade != null || mine.waitsForAnswer(now)) {
            refuse(p, SystemMessage.of(ALREADY_TRADING));
        } else if (theirs.trade != null || theirs.waitsForAnswer(now)) {
            refuse(p, SystemMessage.text(BUSY, target.name()));
        } else if (!near(p, target)) {
            refuse(p, SystemMessage.of(OUT_OF_RANGE));
        } else {
            theirs.askedBy = p;
            theirs.askedUntil = now + REQUEST_MILLIS;
            target.send(new SendTradeRequest(p.objectId()));
            p.send(SystemMessage.text(REQUESTED, target.name()));
        }
    }

    public void answer(Player p, AnswerTradeRequest a) {
        Dealing mine = Dealing.of(p);
        Player requester = mine.askedBy;
        boolean inTime = requester != null && world.now() < mine.askedUntil;
        mine.askedBy = null;
        if (requester == null || !requester.isSpawned()) {
            p.send(SendTradeDone.CANCELLED);
            p.send(SystemMessage.of(NOT_ONLINE));
            return;
        }
        Dealing theirs = Dealing.of(requester);
        if (!a.accepted() || !inTime) {
            requester.send(SystemMessage.text(DENIED, p.name()));
            return;
        }
        if (theirs.trade != null || mine.trade != null || p.isDead() || requester.isDead() || !near(p, requester)) {
            refuse(p, SystemMessage.of(FAILED));
            return;
        }
        Trade t = new Trade(requester, p);
        theirs.trade = t;
        mine.trade = t;
        open(requester, p);
        open(p, requester);
    }

    private void open(Player p, Player partner) {
        Inventory inv = Inventory.of(p);
        List<TradeItem> offerable = new ArrayList<>();
        for (ItemData i : inv.items()) {
            if (tradable(inv, i)) {
                offerable.add(shown(inv, i, i.count()));
            }
        }
        p.send(SystemMessage.text(BEGIN, partner.name()));
        p.send(new TradeStart(partner.objectId(), offerable));
    }

    public void add(Player p, AddTradeItem r) {
        Trade t = Dealing.of(p).trade;
        if (t == null || t.writing) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        if (t.anyConfirmed()) {
            p.send(SystemMessage.of(NO_LONGER_ADJUST));
            return;
        }
        Inventory inv = Inventory.of(p);
        ItemData item = inv.find(r.objectId());
        if (item == null) {
            p.send(SystemMessage.of(NOTHING_HAPPENED));
            return;
        }
        if (!tradable(inv, item)) {
            p.send(SystemMessage.of(CANNOT_BE_TRADED));
            return;
        }
        Map<Integer, Long> offer = t.offer(p);
        long already = offer.getOrDefault(item.objectId(), 0L);
        if (r.count() < 1 || already + r.count() > item.count()) {
            p.send(SystemMessage.of(NOTHING_HAPPENED));
            return;
        }
        offer.put(item.objectId(), already + r.count());
        TradeItem added = shown(inv, item, r.count());
        p.send(new TradeOwnAdd(added));
        p.send(leftInBag(p, inv, offer));
        t.partnerOf(p).send(new TradeOtherAdd(added));
    }

    private static TradeUpdate leftInBag(Player p, Inventory inv, Map<Integer, Long> offer) {
        List<TradeItem> left = new ArrayList<>();
        List<Boolean> stackable = new ArrayList<>();
        offer.forEach((objectId, n) -> {
            ItemData i = inv.find(objectId);
            if (i != null) {
                left.add(shown(inv, i, i.count() - n));
                stackable.add(inv.template(i).stackable());
            }
        });
        return new TradeUpdate(left, stackable);
    }

    public void done(Player p, TradeDone r) {
        Trade t = Dealing.of(p).trade;
        if (t == null || t.writing) {
            return;
        }
        Player partner = t.partnerOf(p);
        if (!r.confirmed()) {
            cancel(t, p);
            return;
        }
        if (!near(p, partner) || partner.isDead() || p.isDead()) {
            cancel(t, p);
            return;
        }
        if (t.confirmed(p)) {
            return;
        }
        t.confirm(p);
        if (!t.confirmed(partner)) {
            partner.send(SystemMessage.text(CONFIRMED, p.name()));
            partner.send(TradePressOtherOk.INSTANCE);
            p.send(TradePressOwnOk.INSTANCE);
            return;
        }
        exchange(t);
    }

    /** Both confirmed: the receivers' room is checked, then the one write; the windows close when it is done. */
    private void exchange(Trade t) {
        if (!databaseUp.getAsBoolean()) {
            fail(t, SystemMessage.of(FAILED)); // refused at once: a trade is never left hanging on a stalled database
            return;
        }
        int roomA = lackOfRoom(t.a, t.b, t.offer(t.b));
        int roomB = lackOfRoom(t.b, t.a, t.offer(t.a));
        if (roomA != 0 || roomB != 0) {
            fail(t, SystemMessage.of(roomA != 0 ? roomA : roomB));
            return;
        }
        List<ItemData> beforeA = Inventory.of(t.a).items();
        List<ItemData> beforeB = Inventory.of(t.b).items();
        t.writing = true;
        boolean started = ledger.tradeWhenWritten(
                t.a,
                moves(t.offer(t.a)),
                t.b,
                moves(t.offer(t.b)),
                () -> {
                    close(t);
                    finished(t.a, beforeA);
                    finished(t.b, beforeB);
                },
                () -> {
                    t.writing = false;
                    fail(t, SystemMessage.of(FAILED));
                });
        if (!started) {
            t.writing = false;
            fail(t, SystemMessage.of(FAILED)); // an offered item is gone, or another change is being written
        }
    }

    private static void finished(Player p, List<ItemData> before) {
        Inventory inv = Inventory.of(p);
        p.send(inv.changesSince(before));
        p.send(new StatusUpdate(p.objectId(), new int[] {StatusUpdate.CUR_LOAD}, new int[] {inv.currentLoad()}));
        p.send(SendTradeDone.DONE);
        p.send(SystemMessage.of(SUCCESSFUL));
    }

    /** Why the receiver cannot take what the giver offers (422 weight, 129 slots), or 0. */
    private int lackOfRoom(Player receiver, Player giver, Map<Integer, Long> offer) {
        Inventory from = Inventory.of(giver);
        Inventory to = Inventory.of(receiver);
        long weight = 0;
        int slots = 0;
        for (Map.Entry<Integer, Long> e : offer.entrySet()) {
            ItemData i = from.find(e.getKey());
            if (i == null) {
                continue; // gone meanwhile: the ledger refuses the whole trade
            }
            weight += (long) from.template(i).weight() * e.getValue();
            slots += to.slotsFor(i.itemId(), e.getValue());
        }
        return to.lackOfRoom(receiver, weight, slots);
    }

    private static List<ItemLedger.Move> moves(Map<Integer, Long> offer) {
        List<ItemLedger.Move> out = new ArrayList<>();
        offer.forEach((objectId, n) -> out.add(new ItemLedger.Move(objectId, n)));
        return out;
    }

    /** Either side cancelled (or left, died, walked away): both windows close, nothing moved. */
    private void cancel(Trade t, Player by) {
        close(t);
        SystemMessage said = SystemMessage.text(CANCELLED, by.name());
        for (Player p : List.of(t.a, t.b)) {
            p.send(SendTradeDone.CANCELLED);
            p.send(said);
        }
    }

    private void fail(Trade t, SystemMessage why) {
        close(t);
        for (Player p : List.of(t.a, t.b)) {
            p.send(why);
            p.send(SendTradeDone.CANCELLED);
        }
    }

    private static void close(Trade t) {
        for (Player p : List.of(t.a, t.b)) {
            Dealing d = Dealing.of(p);
            if (d.trade == t) {
                d.trade = null;
            }
        }
    }

    /** A player left the world: its request and its open trade end (a trade being written still completes). */
    public void playerLeft(Player p) {
        Dealing d = Dealing.of(p);
        d.askedBy = null;
        if (d.trade != null && !d.trade.writing) {
            cancel(d.trade, p);
        }
    }

    /** A death closes the dead player's trade window. */
    public void died(Creature c) {
        if (c instanceof Player p) {
            Dealing d = Dealing.of(p);
            if (d.trade != null && !d.trade.writing) {
                cancel(d.trade, p);
            }
        }
    }

    /** Closes the windows of traders who walked (or were moved) apart; run every second. */
    public void checkRanges() {
        for (Player p : world.players()) {
            Trade t = Dealing.of(p).trade;
            if (t != null && t.a == p && !t.writing && !near(t.a, t.b)) {
                cancel(t, p);
            }
        }
    }

    /** {@link #checkRanges()} once a second from now on. */
    public void startRangeCheck() {
        world.schedule(1000, () -> {
            checkRanges();
            startRangeCheck();
        });
    }

    private static boolean near(Player p, Player o) {
        double dz = p.z() - o.z();
        return p.isSpawned() && o.isSpawned() && p.distanceSq2d(o) + dz * dz <= (double) RANGE * RANGE;
    }

    private static boolean tradable(Inventory inv, ItemData i) {
        ItemTemplate t = inv.template(i);
        return !i.equipped() && t.rules().tradable() && !t.questItem();
    }

    private static TradeItem shown(Inventory inv, ItemData i, long count) {
        ItemTemplate t = inv.template(i);
        return new TradeItem(t.type1(), i.objectId(), i.itemId(), count, t.type2(), t.bodyPart(), i.enchantLevel());
    }

    private static void refuse(Player p, SystemMessage why) {
        p.send(why);
        p.send(ActionFailed.INSTANCE);
    }
}
