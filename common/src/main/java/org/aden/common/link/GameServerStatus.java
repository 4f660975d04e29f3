package org.aden.common.link;

/**
 * What a game server reports about itself; the login server turns it into its ServerList entry (login.md §4.7).
 *
 * @param up            false shows the server as down (e.g. during shutdown or maintenance)
 * @param onlinePlayers current players (the login server shows the larger of this and the accounts it knows in game)
 * @param maxPlayers    player limit; the login server refuses PlayOk when it is reached
 * @param ageLimit      0, 15 or 18
 * @param pvp           PvP server flag
 * @param serverType    ServerList type bits (0x01 normal, 0x02 relax, 0x04 public test, 0x08 no label,
 *                      0x10 creation restricted, 0x20 event, 0x40 free)
 * @param showBrackets  show "[ ]" before the server name
 * @param gmOnly        only accounts with access level > 0 may enter
 */
public record GameServerStatus(
        boolean up,
        int onlinePlayers,
        int maxPlayers,
        int ageLimit,
        boolean pvp,
        int serverType,
        boolean showBrackets,
        boolean gmOnly) {

    public static final int TYPE_NORMAL = 0x01;

    /** A server that is up, empty, with the given limit and normal type. */
    public static GameServerStatus up(int maxPlayers) {
        return new GameServerStatus(true, 0, maxPlayers, 0, false, TYPE_NORMAL, false, false);
    }

    public GameServerStatus withOnlinePlayers(int online) {
        return new GameServerStatus(up, online, maxPlayers, ageLimit, pvp, serverType, showBrackets, gmOnly);
    }

    public GameServerStatus withUp(boolean isUp) {
        return new GameServerStatus(isUp, onlinePlayers, maxPlayers, ageLimit, pvp, serverType, showBrackets, gmOnly);
    }
}
