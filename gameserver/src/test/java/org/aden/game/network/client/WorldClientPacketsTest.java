package org.aden.game.network.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.aden.common.net.MalformedPacketException;
import org.aden.common.net.PacketReader;
import org.aden.game.network.client.action.BypassUserCmd;
import org.aden.game.network.client.action.RequestActionUse;
import org.aden.game.network.client.action.RequestChangeWaitType;
import org.aden.game.network.client.action.RequestSocialAction;
import org.aden.game.network.client.admin.SendBypassBuildCmd;
import org.aden.game.network.client.chat.Say2;
import org.aden.game.network.client.move.CannotMoveAnymore;
import org.aden.game.network.client.move.MoveBackwardToLocation;
import org.aden.game.network.client.move.RequestChangeMoveType;
import org.aden.game.network.client.move.ValidatePosition;
import org.aden.game.network.client.target.Action;
import org.aden.game.network.client.target.RequestTargetCanceld;
import org.aden.game.network.client.trade.TradeRequest;
import org.junit.jupiter.api.Test;

/** Client packet decoding, bodies given after the opcode as the dispatcher hands them over. */
class WorldClientPacketsTest {
    private static PacketReader body(String hex) {
        byte[] b = HexFormat.of().parseHex(hex);
        return new PacketReader(b, 0, b.length);
    }

    @Test
    void moveBackwardToLocation() {
        MoveBackwardToLocation m = MoveBackwardToLocation.read(
                body("0a000000" + "14000000" + "e2ffffff" + "01000000" + "02000000" + "03000000" + "01000000"));
        assertEquals(new MoveBackwardToLocation(10, 20, -30, 1, 2, 3, 1), m);
        assertEquals(
                -1,
                MoveBackwardToLocation.read(
                                body("0a000000" + "14000000" + "e2ffffff" + "01000000" + "02000000" + "03000000"))
                        .moveMode());
        assertThrows(MalformedPacketException.class, () -> MoveBackwardToLocation.read(body("0a000000")));
    }

    @Test
    void say2WithAndWithoutWhisperTarget() {
        assertEquals(new Say2("hi", 0, null), Say2.read(body("680069000000" + "00000000")));
        assertEquals(new Say2("hi", 2, "Bob"), Say2.read(body("680069000000" + "02000000" + "42006f0062000000")));
        assertNull(Say2.read(body("680069000000" + "01000000")).targetName());
        // TS client: whisper without the target string ends right after the type
        assertEquals(new Say2("hi", 2, null), Say2.read(body("680069000000" + "02000000")));
        // a target that is started but not terminated is still malformed
        assertThrows(MalformedPacketException.class, () -> Say2.read(body("680069000000" + "02000000" + "4200")));
        assertThrows(MalformedPacketException.class, () -> Say2.read(body("68006900")));
    }

    @Test
    void tradeRequestCarriesTheTargetAndTheBareTsFormIsAnInventoryRequest() {
        assertEquals(new TradeRequest(0x10000007, false), TradeRequest.read(body("07000010")));
        assertEquals(new TradeRequest(0, true), TradeRequest.read(body("")));
        assertThrows(MalformedPacketException.class, () -> TradeRequest.read(body("0700")));
    }

    @Test
    void actionAndTargetCancel() {
        assertEquals(
                new Action(7, 1, 2, 3, 1), Action.read(body("07000000" + "01000000" + "02000000" + "03000000" + "01")));
        assertEquals(new RequestTargetCanceld(1), RequestTargetCanceld.read(body("0100")));
    }

    @Test
    void positionAndMoveTypePackets() {
        assertEquals(
                new ValidatePosition(1, 2, 3, 4, 0),
                ValidatePosition.read(body("01000000" + "02000000" + "03000000" + "04000000" + "00000000")));
        assertEquals(
                new CannotMoveAnymore(1, 2, 3, 4),
                CannotMoveAnymore.read(body("01000000" + "02000000" + "03000000" + "04000000")));
        assertEquals(
                new RequestActionUse(1, false, false), RequestActionUse.read(body("01000000" + "00000000" + "00")));
        assertEquals(new RequestChangeMoveType(true), RequestChangeMoveType.read(body("01000000")));
        assertEquals(new RequestChangeWaitType(false), RequestChangeWaitType.read(body("00000000")));
        assertEquals(new RequestSocialAction(7), RequestSocialAction.read(body("07000000")));
        assertEquals(new SendBypassBuildCmd("loc"), SendBypassBuildCmd.read(body("6c006f0063000000")));
        assertEquals(new BypassUserCmd(0), BypassUserCmd.read(body("00000000")));
    }
}
