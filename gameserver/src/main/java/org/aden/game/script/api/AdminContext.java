package org.aden.game.script.api;

/** What a scripted GM command may use. */
public interface AdminContext {
    /** Feedback to the GM in the system window. */
    void reply(PlayerView gm, String text);

    Players players();
}
