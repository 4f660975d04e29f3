package org.aden.game.network.server.world;

/** The 17 paperdoll positions in the order UserInfo writes them (world-presence.md §1.1). */
public final class PaperdollOrder {
    public static final int UNDER = 0;
    public static final int REAR = 1;
    public static final int LEAR = 2;
    public static final int NECK = 3;
    public static final int RFINGER = 4;
    public static final int LFINGER = 5;
    public static final int HEAD = 6;
    public static final int RHAND = 7;
    public static final int LHAND = 8;
    public static final int GLOVES = 9;
    public static final int CHEST = 10;
    public static final int LEGS = 11;
    public static final int FEET = 12;
    public static final int BACK = 13;
    public static final int LRHAND = 14;
    public static final int HAIR = 15;
    public static final int FACE = 16;
    public static final int POSITIONS = 17;

    private PaperdollOrder() {}
}
