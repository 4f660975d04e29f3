package org.aden.game.item;

/**
 * Where an equipped item sits: the one slot type of the game server. The MASK_ constants are the slot bit
 * masks of item templates (world-items.md §1.2), which say where an item can be worn ({@link #forMask}). {@link #id()} is what the database stores (items.slot when the location
 * is PAPERDOLL) and never changes; two-handed weapons occupy {@link #RIGHT_HAND}, full-body armour
 * {@link #CHEST}.
 */
public enum PaperdollSlot {
    UNDERWEAR(0),
    RIGHT_EAR(1),
    LEFT_EAR(2),
    NECK(3),
    RIGHT_FINGER(4),
    LEFT_FINGER(5),
    HEAD(6),
    RIGHT_HAND(7),
    LEFT_HAND(8),
    GLOVES(9),
    CHEST(10),
    LEGS(11),
    FEET(12),
    BACK(13),
    HAIR(14),
    /** The second hair accessory slot (the 17th slot of CharSelectionInfo). */
    HAIR2(15),
    /** The face accessory slot (the 17th slot of UserInfo). */
    FACE(16);

    private static final PaperdollSlot[] BY_ID = new PaperdollSlot[17];

    static {
        for (PaperdollSlot s : values()) {
            BY_ID[s.id] = s;
        }
    }

    public static final int MASK_UNDERWEAR = 0x0001;
    public static final int MASK_R_EAR = 0x0002;
    public static final int MASK_L_EAR = 0x0004;
    public static final int MASK_EARRING = 0x0006;
    public static final int MASK_NECK = 0x0008;
    public static final int MASK_R_FINGER = 0x0010;
    public static final int MASK_L_FINGER = 0x0020;
    public static final int MASK_RING = 0x0030;
    public static final int MASK_HEAD = 0x0040;
    public static final int MASK_RIGHT_HAND = 0x0080;
    public static final int MASK_LEFT_HAND = 0x0100;
    public static final int MASK_GLOVES = 0x0200;
    public static final int MASK_CHEST = 0x0400;
    public static final int MASK_LEGS = 0x0800;
    public static final int MASK_FEET = 0x1000;
    public static final int MASK_BACK = 0x2000;
    public static final int MASK_TWO_HANDS = 0x4000;
    public static final int MASK_FULL_ARMOR = 0x8000;
    public static final int MASK_HAIR = 0x010000;
    public static final int MASK_ALL_DRESS = 0x020000;
    public static final int MASK_FACE = 0x040000;
    /** Occupies both hair slots; worn in {@link #HAIR} (world-items.md §1.2 follows Mobius). */
    public static final int MASK_HAIR_ALL = 0x080000;

    private final int id;

    PaperdollSlot(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }

    /** The slot stored under {@code id}, or null. */
    public static PaperdollSlot byId(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }

    /** The slot an item with this template mask is worn in (first ear/finger; the caller picks a free one). */
    public static PaperdollSlot forMask(int mask) {
        return switch (mask) {
            case MASK_UNDERWEAR -> UNDERWEAR;
            case MASK_R_EAR, MASK_EARRING -> RIGHT_EAR;
            case MASK_L_EAR -> LEFT_EAR;
            case MASK_NECK -> NECK;
            case MASK_R_FINGER, MASK_RING -> RIGHT_FINGER;
            case MASK_L_FINGER -> LEFT_FINGER;
            case MASK_HEAD -> HEAD;
            case MASK_RIGHT_HAND, MASK_TWO_HANDS -> RIGHT_HAND;
            case MASK_LEFT_HAND -> LEFT_HAND;
            case MASK_GLOVES -> GLOVES;
            case MASK_CHEST, MASK_FULL_ARMOR, MASK_ALL_DRESS -> CHEST;
            case MASK_LEGS -> LEGS;
            case MASK_FEET -> FEET;
            case MASK_BACK -> BACK;
            case MASK_HAIR, MASK_HAIR_ALL -> HAIR;
            case MASK_FACE -> FACE;
            default -> null;
        };
    }
}
