package org.aden.game.network.client.party;

import org.aden.common.net.PacketReader;

/** C→S 0x2A: 1 accepts the invitation, 0 declines, -1 is the client's automatic refusal (session-party §4.3). */
public record RequestAnswerJoinParty(int answer) {
    public static final int OPCODE = 0x2A;

    public static RequestAnswerJoinParty read(PacketReader r) {
        return new RequestAnswerJoinParty(r.readD());
    }

    public boolean accepted() {
        return answer == 1;
    }
}
