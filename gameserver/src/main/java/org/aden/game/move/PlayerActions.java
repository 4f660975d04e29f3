package org.aden.game.move;

import org.aden.game.actor.Creature;
import org.aden.game.actor.GroundItem;
import org.aden.game.actor.MoveOrder;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.actor.WorldObject;
import org.aden.game.network.server.action.ChangeWaitType;
import org.aden.game.network.server.action.SocialAction;
import org.aden.game.network.server.move.ChangeMoveType;
import org.aden.game.network.server.move.StopMove;
import org.aden.game.network.server.move.ValidateLocation;
import org.aden.game.network.server.system.ActionFailed;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.target.MyTargetSelected;
import org.aden.game.network.server.target.TargetSelected;
import org.aden.game.network.server.target.TargetUnselected;
import org.aden.game.network.server.world.StatusUpdate;
import org.aden.game.world.World;
import org.aden.game.world.move.Headings;
import org.aden.game.world.move.MovePackets;
import org.aden.game.world.move.Movement;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** What a player can do to its own character: move, sit, emote, target. World thread only. */
public final class PlayerActions {
    private static final Logger LOG = LogManager.getLogger(PlayerActions.class);
    /** Longest single click-to-move leg (Mobius refuses more than 9900 units). */
    static final int MAX_MOVE_DISTANCE = 9900;
    /** Slack for network latency and tick granularity when checking a reported position. */
    static final int POSITION_SLACK = 150;
    /**
     * How far the client's Z may differ from ours before it is corrected. Within it nothing changes either: Z is
     * only ever set by movement (the destination's Z, slope-limited) and teleports, never by a report, so repeated
     * small reports cannot add up to a climb.
     */
    static final int Z_SLACK = 128;

    static final int MOVING_Z_SLACK = 1000;

    private static final int CANNOT_MOVE_WHILE_SITTING = 31;
    private static final long CORRECTION_LOG_INTERVAL = 10_000;

    private final World world;
    private java.util.function.BiConsumer<Player, WorldObject> interaction = (p, o) -> p.send(ActionFailed.INSTANCE);
    private java.util.function.Consumer<Player> movedByPlayer = p -> {};

    public PlayerActions(World world) {
        this.world = world;
    }

    /** What a click on the current target does (attack, talk, pick up), set by the systems that know how. */
    public void setInteraction(java.util.function.BiConsumer<Player, WorldObject> interaction) {
        this.interaction = interaction;
    }

    /** Told when a player walks off on its own (an attack it was making ends). */
    public void onPlayerMove(java.util.function.Consumer<Player> listener) {
        this.movedByPlayer = listener;
    }

    public void moveTo(Player p, int tx, int ty, int tz) {
        if (p.isDead() || !p.mayMove()) { // stunned, asleep, rooted, paralysed or afraid
            p.send(ActionFailed.INSTANCE);
            return;
        }
        movedByPlayer.accept(p);
        if (p.isSitting()) {
            p.send(SystemMessage.of(CANNOT_MOVE_WHILE_SITTING));
            p.send(ActionFailed.INSTANCE);
            return;
        }
        world.catchUp(p);
        double dx = tx - p.exactX();
        double dy = ty - p.exactY();
        double dist = Math.sqrt(dx * dx + dy * dy);
        if (dist > MAX_MOVE_DISTANCE) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        if (dist < 1) {
            world.stopMoving(p);
            p.send(new StopMove(p.objectId(), p.x(), p.y(), p.z(), p.heading()));
            p.send(ActionFailed.INSTANCE);
            return;
        }
        double z = Movement.clampZ(p.exactZ(), tz, dist);
        p.setHeading(Headings.fromVector(dx, dy));
        world.startMoving(p, new MoveOrder(tx, ty, z));
        world.broadcastWithSelf(p, MovePackets.moveToLocation(p));
    }

    /** CannotMoveAnymore: the client hit an obstacle; stop where the server thinks it is. */
    public void blocked(Player p, int heading) {
        world.stopMoving(p);
        p.setHeading(heading);
        world.broadcastWithSelf(p, new StopMove(p.objectId(), p.x(), p.y(), p.z(), p.heading()));
    }

    /**
     * Compares the client's reported position with the server's, which advances at the character's
     * speed over elapsed time. Small gaps are lag: the client's Z is adopted (it knows the terrain, we have
     * no geodata). A gap larger than half a second of movement plus slack is corrected and logged.
     */
    public void validatePosition(Player p, int x, int y, int z, int heading) {
        if (x == 0 && y == 0) {
            return;
        }
        world.catchUp(p);
        long now = world.now();
        p.setLastValidateMillis(now);
        double dx = x - p.exactX();
        double dy = y - p.exactY();
        double gap = Math.sqrt(dx * dx + dy * dy);
        double allowed = POSITION_SLACK + p.moveSpeed() * 0.5;
        // under way our Z is a straight line between two heights while the client follows the ground: be lenient
        int zSlack = p.isMoving() ? MOVING_Z_SLACK : Z_SLACK;
        if (gap > allowed || Math.abs(z - p.exactZ()) > zSlack) {
            if (now - p.lastCorrectionLogMillis() >= CORRECTION_LOG_INTERVAL) { // a cheater must not flood the log
                p.setLastCorrectionLogMillis(now);
                LOG.info(
                        "{} reported ({},{},{}) but is at ({},{},{}): gap {} > {}; corrected",
                        p.name(),
                        x,
                        y,
                        z,
                        p.x(),
                        p.y(),
                        p.z(),
                        (int) gap,
                        (int) allowed);
            }
            p.send(new ValidateLocation(p.objectId(), p.x(), p.y(), p.z(), p.heading()));
            return;
        }
        if (!p.isMoving()) {
            p.setHeading(heading); // the position stays ours
        }
    }

    public void setRunning(Player p, boolean run) {
        if (p.isRunning() == run) {
            return;
        }
        world.catchUp(p);
        p.setRunning(run);
        world.broadcastWithSelf(p, new ChangeMoveType(p.objectId(), run));
        if (p.isMoving()) {
            world.broadcastWithSelf(p, MovePackets.moveToLocation(p)); // re-sync the animation at the new speed
        }
    }

    public void setSitting(Player p, boolean sit) {
        if (p.isSitting() == sit) {
            return;
        }
        if (sit && p.isMoving()) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        p.setSitting(sit);
        world.broadcastWithSelf(
                p,
                new ChangeWaitType(
                        p.objectId(), sit ? ChangeWaitType.SITTING : ChangeWaitType.STANDING, p.x(), p.y(), p.z()));
    }

    public void social(Player p, int actionId) {
        if (actionId < 2 || actionId > 13) {
            LOG.info("{} asked for social action {}; refused", p.name(), actionId);
            p.send(ActionFailed.INSTANCE);
            return;
        }
        if (p.isSitting() || p.isMoving()) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        world.broadcastWithSelf(p, new SocialAction(p.objectId(), actionId));
    }

    /** Action (left click): the first click selects, a second one on the target interacts. */
    public void action(Player p, int objectId) {
        WorldObject o = world.object(objectId);
        if (o == null || (o != p && !p.knows(o))) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        if (o instanceof GroundItem) { // an item on the ground is picked up at the first click (world-presence.md §9.1)
            interaction.accept(p, o);
            return;
        }
        if (p.target() != o) {
            select(p, o);
            return;
        }
        interaction.accept(p, o);
    }

    private void select(Player p, WorldObject o) {
        if (!(o instanceof Creature c)) {
            // a door or a static object: no HP bar; a GM may select any door (//open, //close)
            if (o.isTargetable() || p.isGm()) {
                p.setTarget(o);
                p.send(new MyTargetSelected(o.objectId(), 0));
            } else {
                p.send(ActionFailed.INSTANCE);
            }
            return;
        }
        p.setTarget(c);
        if (c != p) {
            p.send(new ValidateLocation(c.objectId(), c.x(), c.y(), c.z(), c.heading()));
        }
        int color = c instanceof Npc n && n.isAttackable() ? p.level() - n.level() : 0;
        p.send(new MyTargetSelected(c.objectId(), color));
        p.send(StatusUpdate.hp(c.objectId(), c.curHp(), c.maxHp()));
        world.broadcast(p, new TargetSelected(p.objectId(), c.objectId(), p.x(), p.y(), p.z()));
    }

    public void cancelTarget(Player p) {
        if (p.target() == null) {
            return;
        }
        p.setTarget(null);
        world.broadcastWithSelf(p, new TargetUnselected(p.objectId(), p.x(), p.y(), p.z()));
    }

    /** Sends a creature's HP to every player that has it targeted (their target window's HP bar). */
    public void hpChanged(Creature c) {
        StatusUpdate su = StatusUpdate.hp(c.objectId(), c.curHp(), c.maxHp());
        byte[] body = null;
        for (Player viewer : c.seenBy()) {
            if (viewer.target() == c) {
                if (body == null) {
                    body = su.encode();
                }
                viewer.sendBytes(body);
            }
        }
    }
}
