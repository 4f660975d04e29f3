package org.aden.game.chat;

/**
 * Chat rules.
 *
 * @param maxLength         characters per message for players (GMs are not limited)
 * @param maxLengthWithLink the limit when the text carries an item link (U+0008 delimited)
 * @param nearRange         radius of general chat
 * @param shout             scope of shout (!)
 * @param trade             scope of trade (+)
 * @param floodMessages     at most this many messages ...
 * @param floodWindowMillis ... per this window
 * @param heroIntervalMillis minimum time between two hero-voice messages of one hero
 */
public record ChatSettings(
        int maxLength,
        int maxLengthWithLink,
        int nearRange,
        Scope shout,
        Scope trade,
        int floodMessages,
        long floodWindowMillis,
        long heroIntervalMillis) {
    /** Who hears a shout or trade message. */
    public enum Scope {
        OFF,
        REGION,
        GLOBAL
    }

    public static ChatSettings defaults() {
        return new ChatSettings(105, 500, 1250, Scope.REGION, Scope.REGION, 5, 5000, 10000);
    }
}
