package org.aden.tools.bench;

import java.io.IOException;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.aden.tools.client.game.WorldClient;
import org.aden.tools.client.game.WorldPackets;

/**
 * One bot of {@code BotSwarm --hunt}: picks the nearest attackable monster it has seen near its start, clicks it
 * twice (select, attack: the server walks into range and swings), waits for its Die, picks up what the kill
 * dropped, and goes back to the village when it dies itself. It parses only NpcInfo, DeleteObject, Die and
 * DropItem, so the swarm stays cheap.
 */
final class HuntingBot {
    /** Counters shared by every hunting bot of a swarm. */
    static final class Tally {
        final AtomicLong attacks = new AtomicLong();
        final AtomicLong kills = new AtomicLong();
        final AtomicLong pickups = new AtomicLong();
        final AtomicLong deaths = new AtomicLong();
        final AtomicLong giveUps = new AtomicLong();
    }

    private static final long TARGET_PATIENCE_MILLIS = 40_000;

    private final Tally tally;
    private final int huntRadius;
    /** Monsters in sight: object id → where it was shown. */
    private final Map<Integer, WorldPackets.Npc> monsters = new ConcurrentHashMap<>();
    /** Loot of our kills waiting to be picked up (object ids). */
    private final Map<Integer, Boolean> loot = new ConcurrentHashMap<>();

    private volatile int target;
    private volatile boolean targetDied;
    private volatile boolean dead;
    private int startX;
    private int startY;
    private int self;

    HuntingBot(Tally tally, int huntRadius) {
        this.tally = tally;
        this.huntRadius = huntRadius;
    }

    /** Called for every packet the bot receives (on its reader thread). */
    void onPacket(byte[] b) {
        switch (WorldPackets.opcode(b)) {
            case WorldPackets.NPC_INFO -> {
                WorldPackets.Npc n = WorldPackets.npcInfo(b);
                if (n.attackable()) {
                    monsters.put(n.objectId(), n);
                }
            }
            case WorldPackets.DELETE_OBJECT -> {
                int id = WorldPackets.objectId(b);
                monsters.remove(id);
                loot.remove(id);
            }
            case WorldPackets.DIE -> {
                int id = WorldPackets.objectId(b);
                if (id == self && self != 0) {
                    dead = true;
                } else {
                    monsters.remove(id);
                    if (id == target) {
                        targetDied = true;
                    }
                }
            }
            case WorldPackets.DROP_ITEM -> {
                WorldPackets.Dropped d = WorldPackets.dropItem(b);
                if (d.dropperId() == target && target != 0) {
                    loot.put(d.objectId(), Boolean.TRUE);
                }
            }
            default -> {}
        }
    }

    /** Hunts until stopped; {@link #onPacket} must have been this client's listener since it entered. */
    void hunt(WorldClient client, SplittableRandom rnd, java.util.function.BooleanSupplier stopping)
            throws IOException, InterruptedException {
        WorldPackets.Me me = client.me();
        self = me.objectId();
        startX = me.x();
        startY = me.y();
        while (!stopping.getAsBoolean() && !client.isClosed()) {
            if (dead) {
                Thread.sleep(2000 + rnd.nextInt(2000));
                tally.deaths.incrementAndGet();
                dead = false;
                target = 0;
                client.restartPoint(0);
                Thread.sleep(3000);
                continue;
            }
            WorldPackets.Npc prey = nearest();
            if (prey == null) {
                // nothing in sight yet: wander a little around the start, the region's monsters will show
                client.moveTo(startX + rnd.nextInt(-800, 801), startY + rnd.nextInt(-800, 801), me.z());
                Thread.sleep(3000 + rnd.nextInt(2000));
                continue;
            }
            target = prey.objectId();
            targetDied = false;
            client.action(prey.objectId()); // select
            Thread.sleep(300 + rnd.nextInt(300));
            client.action(prey.objectId()); // attack: the server approaches and swings
            tally.attacks.incrementAndGet();
            long giveUp = System.currentTimeMillis() + TARGET_PATIENCE_MILLIS;
            while (!targetDied && !dead && !stopping.getAsBoolean() && System.currentTimeMillis() < giveUp) {
                Thread.sleep(250);
            }
            if (targetDied) {
                tally.kills.incrementAndGet();
                Thread.sleep(700 + rnd.nextInt(500)); // the loot falls just after the Die
                for (Integer item : loot.keySet()) {
                    client.action(item);
                    tally.pickups.incrementAndGet();
                    Thread.sleep(1200);
                }
                loot.clear();
            } else if (!dead) {
                tally.giveUps.incrementAndGet();
                monsters.remove(prey.objectId()); // unreachable or stolen: try another
            }
            target = 0;
        }
    }

    /** The nearest monster in sight within the hunting radius of the start. */
    private WorldPackets.Npc nearest() {
        WorldPackets.Npc best = null;
        double bestDistance = Double.MAX_VALUE;
        for (WorldPackets.Npc n : monsters.values()) {
            double d = Math.hypot(n.x() - startX, n.y() - startY);
            if (d <= huntRadius && d < bestDistance) {
                best = n;
                bestDistance = d;
            }
        }
        return best;
    }
}
