package org.aden.game.world.stat;

/** Slot bit masks (world-items.md §1.2) and their paperdoll positions (world-presence.md §1.1). */
public final class BodyPart {
    public static final int UNDERWEAR = 0x0001;
    public static final int R_EAR = 0x0002;
    public static final int L_EAR = 0x0004;
    public static final int EARRING = 0x0006;
    public static final int NECK = 0x0008;
    public static final int R_FINGER = 0x0010;
    public static final int L_FINGER = 0x0020;
    public static final int RING = 0x0030;
    public static final int HEAD = 0x0040;
    public static final int RIGHT_HAND = 0x0080;
    public static final int LEFT_HAND = 0x0100;
    public static final int GLOVES = 0x0200;
    public static final int CHEST = 0x0400;
    public static final int LEGS = 0x0800;
    public static final int FEET = 0x1000;
    public static final int BACK = 0x2000;
    public static final int TWO_HANDS = 0x4000;
    public static final int FULL_ARMOR = 0x8000;
    public static final int HAIR = 0x010000;
    public static final int ALL_DRESS = 0x020000;
    public static final int FACE = 0x040000;

    /** Paperdoll positions of UserInfo (17 entries). */
    public static final int P_UNDER = 0;

    public static final int P_REAR = 1;
    public static final int P_LEAR = 2;
    public static final int P_NECK = 3;
    public static final int P_RFINGER = 4;
    public static final int P_LFINGER = 5;
    public static final int P_HEAD = 6;
    public static final int P_RHAND = 7;
    public static final int P_LHAND = 8;
    public static final int P_GLOVES = 9;
    public static final int P_CHEST = 10;
    public static final int P_LEGS = 11;
    public static final int P_FEET = 12;
    public static final int P_BACK = 13;
    public static final int P_LRHAND = 14;
    public static final int P_HAIR = 15;
    public static final int P_FACE = 16;
    public static final int POSITIONS = 17;

    private BodyPart() {}

    /** The paperdoll position an item of this body part occupies (first free ear/finger is the caller's job). */
    public static int position(int bodyPart) {
        return switch (bodyPart) {
            case UNDERWEAR -> P_UNDER;
            case R_EAR, EARRING -> P_REAR;
            case L_EAR -> P_LEAR;
            case NECK -> P_NECK;
            case R_FINGER, RING -> P_RFINGER;
            case L_FINGER -> P_LFINGER;
            case HEAD -> P_HEAD;
            case RIGHT_HAND, TWO_HANDS -> P_RHAND;
            case LEFT_HAND -> P_LHAND;
            case GLOVES -> P_GLOVES;
            case CHEST, FULL_ARMOR, ALL_DRESS -> P_CHEST;
            case LEGS -> P_LEGS;
            case FEET -> P_FEET;
            case BACK -> P_BACK;
            case HAIR -> P_HAIR;
            case FACE -> P_FACE;
            default -> -1;
        };
    }
}
