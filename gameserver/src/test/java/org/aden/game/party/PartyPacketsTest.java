package org.aden.game.party;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.aden.common.net.PacketReader;
import org.aden.common.net.PacketWriter;
import org.aden.game.network.client.party.RequestAnswerJoinParty;
import org.aden.game.network.client.party.RequestChangePartyLeader;
import org.aden.game.network.client.party.RequestJoinParty;
import org.aden.game.network.client.party.RequestOustPartyMember;
import org.aden.game.network.server.party.AskJoinParty;
import org.aden.game.network.server.party.JoinParty;
import org.aden.game.network.server.party.PartyMember;
import org.aden.game.network.server.party.PartySmallWindowAdd;
import org.aden.game.network.server.party.PartySmallWindowAll;
import org.aden.game.network.server.party.PartySmallWindowDelete;
import org.aden.game.network.server.party.PartySmallWindowDeleteAll;
import org.aden.game.network.server.party.PartySmallWindowUpdate;
import org.junit.jupiter.api.Test;

/** The party packets against world-session-party.md §4 (aCis' member layout, as the reference recommends). */
class PartyPacketsTest {
    static final PartyMember ANNA = new PartyMember(0x10000001, "Anna", 1, 2, 3, 4, 5, 6, 7, 8, 2);

    static ByteBuffer le(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** "Anna" as UTF-16LE with its terminator: 10 bytes. */
    static final int NAME = "Anna".getBytes(StandardCharsets.UTF_16LE).length + 2;

    @Test
    void partySmallWindowAllLayout() {
        byte[] b = new PartySmallWindowAll(0x10000009, 3, List.of(ANNA, ANNA)).encode();
        ByteBuffer buf = le(b);
        assertEquals(0x4E, buf.get(0) & 0xFF);
        assertEquals(0x10000009, buf.getInt(1));
        assertEquals(3, buf.getInt(5));
        assertEquals(2, buf.getInt(9));
        int entry = 4 + NAME + 10 * 4; // objectId, name, cp/cp/hp/hp/mp/mp, level, class, 0, race
        assertEquals(13 + 2 * entry, b.length, "no summon block");
        assertEquals(0x10000001, buf.getInt(13));
        int after = 13 + 4 + NAME;
        assertEquals(1, buf.getInt(after)); // curCp
        assertEquals(6, buf.getInt(after + 20)); // maxMp
        assertEquals(7, buf.getInt(after + 24)); // level
        assertEquals(8, buf.getInt(after + 28)); // classId
        assertEquals(0, buf.getInt(after + 32));
        assertEquals(2, buf.getInt(after + 36)); // race
        assertEquals(0x10000001, buf.getInt(13 + entry), "the second entry starts right after");
    }

    @Test
    void partySmallWindowAddAndUpdateLayouts() {
        byte[] add = new PartySmallWindowAdd(0x10000009, 1, ANNA).encode();
        assertEquals(0x4F, add[0] & 0xFF);
        assertEquals(1 + 4 + 4 + 4 + NAME + 10 * 4, add.length);
        assertEquals(0x10000001, le(add).getInt(9));
        assertEquals(8, le(add).getInt(9 + 4 + NAME + 28));
        byte[] up = new PartySmallWindowUpdate(ANNA).encode();
        assertEquals(0x52, up[0] & 0xFF);
        assertEquals(1 + 4 + NAME + 8 * 4, up.length);
        assertEquals(3, le(up).getInt(1 + 4 + NAME + 8)); // curHp
    }

    @Test
    void smallPackets() {
        byte[] del = new PartySmallWindowDelete(0x10000001, "Anna").encode();
        assertEquals(0x51, del[0] & 0xFF);
        assertEquals(1 + 4 + NAME, del.length);
        assertEquals(1, new PartySmallWindowDeleteAll().encode().length);
        assertEquals(0x50, new PartySmallWindowDeleteAll().encode()[0] & 0xFF);
        byte[] ask = new AskJoinParty("Anna", 2).encode();
        assertEquals(0x39, ask[0] & 0xFF);
        assertEquals(2, le(ask).getInt(1 + NAME));
        byte[] join = new JoinParty(1).encode();
        assertEquals(0x3A, join[0] & 0xFF);
        assertEquals(1, le(join).getInt(1));
    }

    static PacketReader body(byte[] b) {
        return new PacketReader(b, 1, b.length - 1);
    }

    @Test
    void clientPackets() {
        assertEquals(
                new RequestJoinParty("Anna", 2),
                RequestJoinParty.read(body(
                        new PacketWriter().writeC(0x29).writeS("Anna").writeD(2).toByteArray())));
        assertEquals(
                -1,
                RequestAnswerJoinParty.read(
                                body(new PacketWriter().writeC(0x2A).writeD(-1).toByteArray()))
                        .answer());
        assertEquals(
                "Anna",
                RequestOustPartyMember.read(body(
                                new PacketWriter().writeC(0x2C).writeS("Anna").toByteArray()))
                        .name());
        byte[] ex =
                new PacketWriter().writeC(0xD0).writeH(0x0004).writeS("Anna").toByteArray();
        assertEquals(
                "Anna",
                RequestChangePartyLeader.read(new PacketReader(ex, 3, ex.length - 3))
                        .name());
    }
}
