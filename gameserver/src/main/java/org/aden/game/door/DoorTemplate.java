package org.aden.game.door;

/**
 * One door or wall of {@code datapack/doors/}: the client knows its mesh by {@code id}; the server keeps where it
 * stands (for visibility), its strength and whether it starts open. Immutable.
 */
public record DoorTemplate(
        int id,
        String name,
        int x,
        int y,
        int z,
        int maxHp,
        int pDef,
        int mDef,
        boolean openAtStart,
        boolean showHp,
        boolean targetable,
        boolean wall,
        int clanHall) {}
