package org.aden.game.dialog;

import org.aden.game.actor.MoveOrder;
import org.aden.game.actor.Npc;
import org.aden.game.chat.ChatType;
import org.aden.game.network.server.chat.NpcSay;
import org.aden.game.script.api.NpcActions;
import org.aden.game.world.World;
import org.aden.game.world.move.Headings;
import org.aden.game.world.move.MovePackets;

/** A script's {@link NpcActions} for one NPC: the chat line and the walk go through the world like any NPC's. */
record ScriptNpcActions(World world, Npc n) implements NpcActions {
    @Override
    public boolean say(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LINE) {
            throw new IllegalArgumentException("an NPC line must have 1 to " + MAX_LINE + " characters, got "
                    + (text == null ? "null" : text.length()));
        }
        if (!present()) {
            return false;
        }
        world.broadcast(
                n, NpcSay.of(n.objectId(), ChatType.ALL.id(), n.template().id(), text));
        return true;
    }

    @Override
    public boolean walkTo(int x, int y, int z) {
        if (!present() || n.walkSpeed() <= 0) {
            return false;
        }
        world.catchUp(n); // from where it is now, if it was already walking
        n.setRunning(false);
        n.setHeading(Headings.fromVector(x - n.exactX(), y - n.exactY()));
        world.startMoving(n, new MoveOrder(x, y, z));
        world.broadcast(n, MovePackets.moveToLocation(n));
        return true;
    }

    @Override
    public boolean isMoving() {
        return present() && n.isMoving();
    }

    private boolean present() {
        return n.isSpawned() && !n.isDead();
    }
}
