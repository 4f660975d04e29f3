package org.aden.game.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aden.game.network.client.manor.RequestManorList;
import org.aden.game.network.client.move.MoveBackwardToLocation;
import org.aden.game.network.server.ServerOpcode;
import org.junit.jupiter.api.Test;

class OpcodeIndexTest {
    @Test
    void theIndexListsEachStatesPacketsInOpcodeOrder() {
        OpcodeTables tables = new OpcodeTables();
        tables.state(ConnectionState.IN_GAME)
                .onExtended(RequestManorList.SUB_OPCODE, "RequestManorList", RequestManorList::read, (c, p) -> {})
                .ignore(0xA8, "NetPing")
                .on(
                        MoveBackwardToLocation.OPCODE,
                        "MoveBackwardToLocation",
                        MoveBackwardToLocation::read,
                        (c, p) -> {});
        assertEquals(
                List.of("0x01 MoveBackwardToLocation", "0xA8 NetPing (ignored)", "D0:0008 RequestManorList"),
                tables.state(ConnectionState.IN_GAME).index());
        assertTrue(tables.index().contains("IN_GAME:\n  0x01 MoveBackwardToLocation\n"));
    }

    @Test
    void everyServerOpcodeIsListedOnce() {
        Set<Integer> seen = new HashSet<>();
        for (ServerOpcode o : ServerOpcode.values()) {
            int key = o.opcode() == ServerOpcode.EXTENDED ? 0x10000 | o.subOpcode() : o.opcode();
            assertTrue(seen.add(key), o + " shares its id with another packet");
        }
    }
}
