package org.aden.game.network.client.lobby;

import org.aden.common.net.PacketReader;

/**
 * C→S 0x0B. The six stat ints the client sends are read (to check the length) and dropped: the
 * server takes base stats from its templates, never from the client.
 */
public record CharacterCreate(String name, int race, int sex, int classId, int hairStyle, int hairColor, int face) {
    public static final int OPCODE = 0x0B;
    /** Read limit for the name; the lobby's own rule (1–16) decides validity and reports reason 3/4. */
    public static final int MAX_NAME_READ = 64;

    public static CharacterCreate read(PacketReader r) {
        String name = r.readS(MAX_NAME_READ);
        int race = r.readD();
        int sex = r.readD();
        int classId = r.readD();
        r.skip(6 * 4); // INT, STR, CON, MEN, DEX, WIT as the client shows them
        int hairStyle = r.readD();
        int hairColor = r.readD();
        int face = r.readD();
        return new CharacterCreate(name, race, sex, classId, hairStyle, hairColor, face);
    }
}
