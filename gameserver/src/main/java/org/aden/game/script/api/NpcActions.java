package org.aden.game.script.api;

/**
 * What a script may have the event's NPC do, on the world thread. Both return {@code false} and do nothing when the
 * NPC is dead or no longer in the world.
 */
public interface NpcActions {
    /** Longest line {@link #say} accepts. */
    int MAX_LINE = 500;

    /**
     * The NPC says a line in the chat of the players who see it (general chat, under the NPC's name). More than
     * {@link #MAX_LINE} characters, or an empty line, is an error.
     */
    boolean say(String text);

    /**
     * The NPC walks (at its walking speed, in a straight line: there is no geodata yet) to a point, and stays there.
     * A fight of a monster takes over its movement as usual.
     */
    boolean walkTo(int x, int y, int z);

    /** Whether the NPC is on its way somewhere (a walk not yet arrived). */
    boolean isMoving();
}
