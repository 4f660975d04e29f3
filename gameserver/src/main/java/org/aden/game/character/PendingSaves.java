package org.aden.game.character;

import java.time.Duration;

/** What the lobby asks before it reads a character: is a save of it still on its way to the database? */
public interface PendingSaves {
    /** True once no save of the character is queued or running; false if that takes longer than {@code timeout}. */
    boolean awaitWritten(int objectId, Duration timeout) throws InterruptedException;

    PendingSaves NONE = (id, timeout) -> true;
}
