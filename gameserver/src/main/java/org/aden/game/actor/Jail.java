package org.aden.game.actor;

/**
 * Jail, kept simple: a jailed character has its own access level {@link #JAILED} (saved with the character, so it
 * holds across logouts and restarts; no GM command works for it), is moved into the jail cell now and every time
 * it enters the world, until //unjail sends it to {@link #RELEASE_X} etc. (Giran).
 */
public final class Jail {
    public static final int JAILED = -1;
    /** The jail of the L2J family's Interlude maps (the closed building south of Floran). */
    public static final int X = -114356;

    public static final int Y = -249645;
    public static final int Z = -2984;
    /** Where //unjail puts a character: Giran's square. */
    public static final int RELEASE_X = 83400;

    public static final int RELEASE_Y = 147943;
    public static final int RELEASE_Z = -3404;

    private Jail() {}

    public static boolean jailed(int ownAccessLevel) {
        return ownAccessLevel == JAILED;
    }
}
