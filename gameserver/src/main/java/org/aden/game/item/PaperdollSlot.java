package org.aden.game.item;

/**
 * Where an equipped item sits. {@link #id()} is what the database stores (items.slot when the location
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
}
