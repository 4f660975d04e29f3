package org.aden.game.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.aden.common.net.PacketReader;
import org.aden.game.TestData;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.chat.ChatService;
import org.aden.game.chat.ChatSettings;
import org.aden.game.network.client.party.RequestAnswerJoinParty;
import org.aden.game.network.client.party.RequestJoinParty;
import org.aden.game.network.server.chat.CreatureSay;
import org.aden.game.network.server.party.AskJoinParty;
import org.aden.game.network.server.party.JoinParty;
import org.aden.game.network.server.party.PartySmallWindowAdd;
import org.aden.game.network.server.party.PartySmallWindowAll;
import org.aden.game.network.server.party.PartySmallWindowDelete;
import org.aden.game.network.server.party.PartySmallWindowDeleteAll;
import org.aden.game.network.server.party.PartySmallWindowUpdate;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.world.RecordingSink;
import org.aden.game.world.WorldFixture;
import org.junit.jupiter.api.Test;

/** Parties on a fake clock: invitations, joining, leaving, expelling, a new leader, windows, chat and exp shares. */
class PartiesTest {
    final WorldFixture fx = new WorldFixture();
    final Parties parties = new Parties(fx.world);

    {
        fx.world.onPlayerLeft(parties::playerLeft);
    }

    void partyOf(Player leader, Player... others) {
        for (Player o : others) {
            parties.invite(leader, new RequestJoinParty(o.name(), 0));
            parties.answer(o, new RequestAnswerJoinParty(1));
        }
    }

    static int firstD(byte[] body) {
        return new PacketReader(body, 1, 4).readD();
    }

    static List<Integer> messages(RecordingSink s) {
        return s.withOpcode(SystemMessage.OPCODE).stream()
                .map(PartiesTest::firstD)
                .toList();
    }

    @Test
    void anAcceptedInvitationMakesAPartyAndBothWindowsShowIt() {
        Player leader = fx.player("Leader", 0, 0);
        Player guest = fx.player("Guest", 100, 0);
        fx.clearSinks();
        parties.invite(leader, new RequestJoinParty("guest", 1));
        assertEquals(1, fx.sink(guest).count(AskJoinParty.OPCODE));
        assertTrue(messages(fx.sink(leader)).contains(Parties.INVITED));
        parties.answer(guest, new RequestAnswerJoinParty(1));
        Party party = parties.of(leader);
        assertSame(party, parties.of(guest));
        assertSame(leader, party.leader());
        assertEquals(1, party.lootType(), "the loot type of the invitation that made the party");
        assertEquals(1, firstD(fx.sink(leader).withOpcode(JoinParty.OPCODE).get(0)));
        assertEquals(1, fx.sink(leader).countAbout(PartySmallWindowAdd.OPCODE, leader.objectId()));
        byte[] all = fx.sink(guest).withOpcode(PartySmallWindowAll.OPCODE).get(0);
        PacketReader r = new PacketReader(all, 1, all.length - 1);
        assertEquals(leader.objectId(), r.readD());
        assertEquals(1, r.readD());
        assertEquals(1, r.readD(), "the leader, not the guest itself");
        assertEquals(leader.objectId(), r.readD());
        assertTrue(messages(fx.sink(guest)).contains(Parties.JOINED_PARTY_OF));
        assertTrue(messages(fx.sink(leader)).contains(Parties.MEMBER_JOINED));
    }

    @Test
    void declinedExpiredAndBusyInvitationsMakeNoParty() {
        Player a = fx.player("Anna", 0, 0);
        Player b = fx.player("Boris", 100, 0);
        Player c = fx.player("Chen", 200, 0);
        parties.invite(a, new RequestJoinParty("Boris", 0));
        parties.invite(c, new RequestJoinParty("Boris", 0));
        assertTrue(messages(fx.sink(c)).contains(Parties.BUSY), "Boris is answering Anna");
        parties.answer(b, new RequestAnswerJoinParty(0));
        assertEquals(0, firstD(fx.sink(a).withOpcode(JoinParty.OPCODE).get(0)));
        assertNull(parties.of(a));

        parties.invite(a, new RequestJoinParty("Boris", 0));
        fx.clock.advance(Parties.INVITATION_MILLIS + 1);
        parties.answer(b, new RequestAnswerJoinParty(1));
        assertNull(parties.of(b), "too late");
        parties.invite(a, new RequestJoinParty("Anna", 0));
        assertTrue(messages(fx.sink(a)).contains(Parties.CANNOT_INVITE_SELF));
        parties.invite(a, new RequestJoinParty("Nobody", 0));
        assertTrue(messages(fx.sink(a)).contains(Parties.WRONG_TARGET));
    }

    @Test
    void onlyTheLeaderInvitesAndNineIsFull() {
        Player leader = fx.player("Boss", 0, 0);
        Player[] members = new Player[9];
        for (int i = 0; i < members.length; i++) {
            members[i] = fx.player("Member" + i, 10 * i, 50);
        }
        partyOf(leader, java.util.Arrays.copyOf(members, 8));
        assertEquals(9, parties.of(leader).size());
        parties.invite(leader, new RequestJoinParty("Member8", 0));
        assertTrue(messages(fx.sink(leader)).contains(Parties.PARTY_FULL));
        parties.invite(members[0], new RequestJoinParty("Member8", 0));
        assertTrue(messages(fx.sink(members[0])).contains(Parties.ONLY_LEADER_INVITES));
    }

    @Test
    void leavingExpellingAndANewLeader() {
        Player a = fx.player("Ada", 0, 0);
        Player b = fx.player("Ben", 100, 0);
        Player c = fx.player("Cid", 200, 0);
        partyOf(a, b, c);
        fx.clearSinks();
        parties.changeLeader(a, "ben");
        assertSame(b, parties.of(a).leader());
        assertTrue(messages(fx.sink(c)).contains(Parties.NEW_LEADER));
        parties.oust(a, "Cid");
        assertTrue(parties.of(a) != null, "only the leader expels");
        parties.oust(b, "Cid");
        assertNull(parties.of(c));
        assertTrue(messages(fx.sink(c)).contains(Parties.YOU_WERE_EXPELLED));
        assertEquals(1, fx.sink(a).countAbout(PartySmallWindowDelete.OPCODE, c.objectId()));
        // two left: one leaving disperses the party
        parties.leave(a);
        assertNull(parties.of(a));
        assertNull(parties.of(b));
        assertTrue(messages(fx.sink(b)).contains(Parties.DISPERSED));
        assertTrue(fx.sink(b).count(PartySmallWindowDeleteAll.OPCODE) >= 1);
    }

    @Test
    void aMemberLeavingTheWorldLeavesTheParty() {
        Player a = fx.player("Ari", 0, 0);
        Player b = fx.player("Bea", 100, 0);
        Player c = fx.player("Cal", 200, 0);
        partyOf(a, b, c);
        fx.world.despawn(a);
        assertNull(parties.of(a));
        assertSame(b, parties.of(c).leader(), "the next member leads");
        assertEquals(2, parties.of(c).size());
    }

    @Test
    void windowsFollowTheMembersBars() {
        Player a = fx.player("Hal", 0, 0);
        Player b = fx.player("Ivy", 100, 0);
        partyOf(a, b);
        fx.clearSinks();
        parties.refreshWindows();
        assertEquals(0, fx.sink(a).count(PartySmallWindowUpdate.OPCODE), "nothing changed");
        b.setVitals(b.curHp() - 10, b.curMp(), b.curCp());
        parties.refreshWindows();
        parties.refreshWindows();
        assertEquals(1, fx.sink(a).countAbout(PartySmallWindowUpdate.OPCODE, b.objectId()));
        assertEquals(0, fx.sink(b).count(PartySmallWindowUpdate.OPCODE), "not about oneself");
    }

    @Test
    void partyChatReachesTheMembersOnly() {
        Player a = fx.player("Jo", 0, 0);
        Player b = fx.player("Kim", 2000, 0);
        Player outsider = fx.player("Lee", 100, 0);
        partyOf(a, b);
        ChatService chat = new ChatService(fx.world, ChatSettings.defaults(), (p, cmd) -> {});
        chat.setPartyAudience(parties::chatAudience);
        fx.clearSinks();
        chat.say(a, "pull the next one", 3, null);
        assertEquals(1, fx.sink(b).count(CreatureSay.OPCODE));
        assertEquals(1, fx.sink(a).count(CreatureSay.OPCODE));
        assertEquals(0, fx.sink(outsider).count(CreatureSay.OPCODE));
    }

    @Test
    void aKillIsSharedByLevelSquaredWithThePartyBonus() {
        Player a = fx.player("Mia", 0, 0);
        Player b = fx.player("Ned", 100, 0);
        Player far = fx.player("Oli", 5000, 0);
        a.setProgress(20, a.exp(), a.sp());
        b.setProgress(10, b.exp(), b.sp());
        partyOf(a, b, far);
        Npc wolf = new Npc(0x20000001, TestData.world().npcs().get(20120).orElseThrow(), 50, 0, -3000, 0);
        Map<Player, Double> shares = parties.shares(a, wolf);
        assertEquals(2, shares.size(), "the far member shares nothing");
        double bonus = Parties.PARTY_BONUS[1];
        assertEquals(bonus * 400 / 500, shares.get(a), 1e-9);
        assertEquals(bonus * 100 / 500, shares.get(b), 1e-9);
        assertEquals(Map.of(outsiderOf(), 1.0), parties.shares(outsiderOf(), wolf));
    }

    Player outsider;

    Player outsiderOf() {
        if (outsider == null) {
            outsider = fx.player("Solo", 0, 100);
        }
        return outsider;
    }
}
