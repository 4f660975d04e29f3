package org.aden.game.party;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.loot.LootSharing;
import org.aden.game.network.client.party.RequestAnswerJoinParty;
import org.aden.game.network.client.party.RequestJoinParty;
import org.aden.game.network.server.party.AskJoinParty;
import org.aden.game.network.server.party.JoinParty;
import org.aden.game.network.server.party.PartyMember;
import org.aden.game.network.server.party.PartySmallWindowAdd;
import org.aden.game.network.server.party.PartySmallWindowAll;
import org.aden.game.network.server.party.PartySmallWindowDelete;
import org.aden.game.network.server.party.PartySmallWindowDeleteAll;
import org.aden.game.network.server.party.PartySmallWindowUpdate;
import org.aden.game.network.server.system.ActionFailed;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.world.World;

/**
 * Parties (world-session-party.md §4), on the world thread: invitations and answers, joining, leaving, expelling,
 * a new leader, the members' windows kept up to date, party chat's audience and the split of a kill's exp and SP.
 */
public final class Parties implements LootSharing {
    /** How long an invitation waits for its answer (as L2J servers wait). */
    static final long INVITATION_MILLIS = 15_000;
    /** Members farther than this from the kill share none of it (L2J's AltPartyRange). */
    static final int SHARE_RANGE = 1600;
    /** Members more than this many levels below the highest get no share (L2J's level cutoff). */
    static final int SHARE_LEVEL_GAP = 20;
    /** The whole reward grows with the members who share it (C4/Interlude L2J party bonus, by member count). */
    static final double[] PARTY_BONUS = {1, 1.30, 1.39, 1.50, 1.54, 1.58, 1.63, 1.67, 1.71};

    static final int INVITED = 105; // "You have invited $s1 to your party."
    static final int JOINED_PARTY_OF = 106; // "You have joined $s1's party."
    static final int MEMBER_JOINED = 107; // "$s1 has joined the party."
    static final int MEMBER_LEFT = 108; // "$s1 has left the party."
    static final int WRONG_TARGET = 152;
    static final int CANNOT_INVITE_SELF = 144;
    static final int BUSY = 153; // "$s1 is busy. Please try again later."
    static final int ONLY_LEADER_INVITES = 154;
    static final int PARTY_FULL = 155;
    static final int IN_ANOTHER_PARTY = 160; // "$s1 is a member of another party and cannot be invited."
    static final int WAITING_FOR_REPLY = 164;
    static final int YOU_LEFT = 200;
    static final int MEMBER_EXPELLED = 201; // "$s1 was expelled from the party."
    static final int YOU_WERE_EXPELLED = 202;
    static final int DISPERSED = 203;
    static final int NEW_LEADER = 1384; // "$s1 has become the party leader."

    private final World world;

    public Parties(World world) {
        this.world = world;
    }

    /** The party the player is in, or null. */
    public Party of(Player p) {
        return Membership.of(p).party;
    }

    /** Who hears the player's party chat: every member, the player included; nobody outside a party. */
    public List<Player> chatAudience(Player p) {
        Party party = of(p);
        return party == null ? List.of() : party.members();
    }

    public void invite(Player p, RequestJoinParty r) {
        Player target = world.player(r.name());
        Membership mine = Membership.of(p);
        if (target == null) {
            refuse(p, SystemMessage.of(WRONG_TARGET));
            return;
        }
        if (target == p) {
            refuse(p, SystemMessage.of(CANNOT_INVITE_SELF));
            return;
        }
        Membership theirs = Membership.of(target);
        long now = world.now();
        if (theirs.party != null) {
            refuse(p, SystemMessage.text(IN_ANOTHER_PARTY, target.name()));
        } else if (mine.party != null && mine.party.leader() != p) {
            refuse(p, SystemMessage.of(ONLY_LEADER_INVITES));
        } else if (mine.party != null && mine.party.isFull()) {
            refuse(p, SystemMessage.of(PARTY_FULL));
        } else if (mine.invitee != null && pending(mine.invitee, p, now)) {
            refuse(p, SystemMessage.of(WAITING_FOR_REPLY));
        } else if (theirs.invitedBy != null && now < theirs.invitationExpires) {
            refuse(p, SystemMessage.text(BUSY, target.name()));
        } else {
            int loot = mine.party != null ? mine.party.lootType() : Math.max(0, Math.min(4, r.lootType()));
            theirs.invitedBy = p;
            theirs.invitationExpires = now + INVITATION_MILLIS;
            theirs.invitedLootType = loot;
            mine.invitee = target;
            target.send(new AskJoinParty(p.name(), loot));
            p.send(SystemMessage.text(INVITED, target.name()));
        }
    }

    private static boolean pending(Player invitee, Player inviter, long now) {
        Membership m = Membership.of(invitee);
        return m.invitedBy == inviter && now < m.invitationExpires;
    }

    public void answer(Player p, RequestAnswerJoinParty a) {
        Membership mine = Membership.of(p);
        Player inviter = mine.invitedBy;
        boolean inTime = inviter != null && world.now() < mine.invitationExpires;
        mine.invitedBy = null;
        if (inviter == null) {
            p.send(ActionFailed.INSTANCE); // an answer to nothing
            return;
        }
        Membership theirs = Membership.of(inviter);
        if (theirs.invitee == p) {
            theirs.invitee = null;
        }
        if (!inTime || !inviter.isSpawned()) {
            return;
        }
        inviter.send(new JoinParty(a.accepted() ? 1 : 0));
        if (!a.accepted() || mine.party != null) {
            return;
        }
        Party party = theirs.party;
        if (party == null) {
            party = new Party(inviter, mine.invitedLootType);
            theirs.party = party;
            theirs.shown = shown(inviter);
        } else if (party.isFull()) {
            p.send(SystemMessage.of(PARTY_FULL));
            return;
        }
        join(party, p);
    }

    private void join(Party party, Player p) {
        List<PartyMember> others = new ArrayList<>();
        for (Player m : party.members()) {
            others.add(shown(m));
        }
        party.add(p);
        Membership mine = Membership.of(p);
        mine.party = party;
        mine.shown = shown(p);
        p.send(new PartySmallWindowAll(party.leader().objectId(), party.lootType(), others));
        p.send(SystemMessage.text(JOINED_PARTY_OF, party.leader().name()));
        SystemMessage joined = SystemMessage.text(MEMBER_JOINED, p.name());
        PartySmallWindowAdd add = new PartySmallWindowAdd(party.leader().objectId(), party.lootType(), mine.shown);
        for (Player m : party.members()) {
            m.send(joined);
            if (m != p) {
                m.send(add);
            }
        }
    }

    /** The player leaves its party (asked to, or by leaving the world). */
    public void leave(Player p) {
        Membership mine = Membership.of(p);
        Party party = mine.party;
        if (party == null) {
            return;
        }
        boolean wasLeader = party.leader() == p;
        remove(party, p);
        p.send(SystemMessage.of(YOU_LEFT));
        p.send(PartySmallWindowDeleteAll.INSTANCE);
        SystemMessage left = SystemMessage.text(MEMBER_LEFT, p.name());
        PartySmallWindowDelete delete = new PartySmallWindowDelete(p.objectId(), p.name());
        for (Player m : party.members()) {
            m.send(left);
            m.send(delete);
        }
        if (!disbandIfAlone(party) && wasLeader) {
            announceLeader(party);
        }
    }

    public void oust(Player p, String name) {
        Party party = of(p);
        Player target = party == null ? null : party.member(name);
        if (party == null || party.leader() != p || target == null || target == p) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        remove(party, target);
        target.send(SystemMessage.of(YOU_WERE_EXPELLED));
        target.send(PartySmallWindowDeleteAll.INSTANCE);
        SystemMessage expelled = SystemMessage.text(MEMBER_EXPELLED, target.name());
        PartySmallWindowDelete delete = new PartySmallWindowDelete(target.objectId(), target.name());
        for (Player m : party.members()) {
            m.send(expelled);
            m.send(delete);
        }
        disbandIfAlone(party);
    }

    public void changeLeader(Player p, String name) {
        Party party = of(p);
        Player target = party == null ? null : party.member(name);
        if (party == null || party.leader() != p || target == null || target == p) {
            p.send(ActionFailed.INSTANCE);
            return;
        }
        party.makeLeader(target);
        announceLeader(party);
    }

    /** Every member is told, and its window is redrawn with the new leader first. */
    private void announceLeader(Party party) {
        SystemMessage msg = SystemMessage.text(NEW_LEADER, party.leader().name());
        for (Player m : party.members()) {
            m.send(msg);
            List<PartyMember> others = new ArrayList<>();
            for (Player o : party.members()) {
                if (o != m) {
                    others.add(shown(o));
                }
            }
            m.send(PartySmallWindowDeleteAll.INSTANCE);
            m.send(new PartySmallWindowAll(party.leader().objectId(), party.lootType(), others));
        }
    }

    private void remove(Party party, Player p) {
        party.remove(p);
        Membership m = Membership.of(p);
        m.party = null;
        m.shown = null;
    }

    private boolean disbandIfAlone(Party party) {
        if (party.size() > 1) {
            return false;
        }
        for (Player m : party.members()) {
            remove(party, m);
            m.send(SystemMessage.of(DISPERSED));
            m.send(PartySmallWindowDeleteAll.INSTANCE);
        }
        return true;
    }

    /** A player left the world: its party goes on without it, its invitations lapse. */
    public void playerLeft(Player p) {
        Membership mine = Membership.of(p);
        mine.invitedBy = null;
        mine.invitee = null;
        leave(p);
    }

    /** Keeps the members' windows up to date from now on, once a second. */
    public void startWindowRefresh() {
        world.schedule(1000, () -> {
            refreshWindows();
            startWindowRefresh();
        });
    }

    /** Sends each member's changed bars, level or class to the others (run every second or so). */
    public void refreshWindows() {
        for (Player p : world.players()) {
            Membership m = Membership.of(p);
            if (m.party == null) {
                continue;
            }
            PartyMember now = shown(p);
            if (!now.equals(m.shown)) {
                m.shown = now;
                PartySmallWindowUpdate update = new PartySmallWindowUpdate(now);
                for (Player o : m.party.members()) {
                    if (o != p) {
                        o.send(update);
                    }
                }
            }
        }
    }

    /** Loot types of RequestJoinParty (world-session-party.md §4): 0 finders keepers, 1/2 random, 3/4 by turn. */
    static final int LOOT_FINDERS_KEEPERS = 0;

    static final int LOOT_RANDOM = 1, LOOT_RANDOM_WITH_SPOIL = 2, LOOT_BY_TURN_WITH_SPOIL = 4;
    /** Mobius AltPartyRange: members this close to the picker take part in the loot rule. */
    static final int LOOT_RANGE = 1500;

    /** A party-mate of the picker may take what was reserved for a member (Mobius DropProtection.tryPickUp). */
    @Override
    public boolean sharesWith(Player picker, int ownerId) {
        Party party = of(picker);
        return party != null && world.object(ownerId) instanceof Player owner && of(owner) == party;
    }

    /**
     * Who gets an item the picker picks up (Mobius Party.getActualLooter): the picker under finders keepers, a
     * random member near it (alive, within 1500) under random, the next such member in join order under by turn.
     */
    @Override
    public Player looter(Player picker, java.util.random.RandomGenerator random) {
        Party party = of(picker);
        if (party == null || party.lootType() == LOOT_FINDERS_KEEPERS) {
            return picker;
        }
        java.util.function.Predicate<Player> near =
                m -> !m.isDead() && m.isSpawned() && m.isWithin2d(picker, LOOT_RANGE);
        Player looter;
        if (party.lootType() == LOOT_RANDOM || party.lootType() == LOOT_RANDOM_WITH_SPOIL) {
            List<Player> candidates = party.members().stream().filter(near).toList();
            looter = candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
        } else {
            looter = party.nextLooter(near);
        }
        return looter != null ? looter : picker;
    }

    /**
     * Who gets a swept item (Mobius Party.distributeItem with spoil): under "random including spoil" and "by turn
     * including spoil" the loot rule's member, under the other rules the sweeper.
     */
    @Override
    public Player spoilLooter(Player sweeper, java.util.random.RandomGenerator random) {
        Party party = of(sweeper);
        boolean withSpoil = party != null
                && (party.lootType() == LOOT_RANDOM_WITH_SPOIL || party.lootType() == LOOT_BY_TURN_WITH_SPOIL);
        return withSpoil ? looter(sweeper, random) : sweeper;
    }

    /**
     * How a kill's exp and SP are shared: the killer alone, or the party members near the kill and within the
     * level gap, each by its level squared over the sum of theirs, the total raised by the party bonus.
     */
    public Map<Player, Double> shares(Player killer, Npc dead) {
        Party party = of(killer);
        if (party == null) {
            return Map.of(killer, 1.0);
        }
        int top = 0;
        List<Player> near = new ArrayList<>();
        for (Player m : party.members()) {
            if (!m.isDead() && m.isSpawned() && m.isWithin2d(dead, SHARE_RANGE)) {
                near.add(m);
                top = Math.max(top, m.level());
            }
        }
        List<Player> valid = new ArrayList<>();
        double squares = 0;
        for (Player m : near) {
            if (top - m.level() <= SHARE_LEVEL_GAP) {
                valid.add(m);
                squares += (double) m.level() * m.level();
            }
        }
        if (valid.isEmpty()) {
            return Map.of(killer, 1.0);
        }
        double bonus = PARTY_BONUS[Math.min(valid.size(), PARTY_BONUS.length) - 1];
        Map<Player, Double> out = new LinkedHashMap<>();
        for (Player m : valid) {
            out.put(m, bonus * m.level() * m.level() / squares);
        }
        return out;
    }

    static PartyMember shown(Player p) {
        return new PartyMember(
                p.objectId(),
                p.name(),
                p.curCp(),
                p.maxCp(),
                p.curHp(),
                p.maxHp(),
                p.curMp(),
                p.maxMp(),
                p.level(),
                p.classId(),
                p.appearance().race());
    }

    private static void refuse(Player p, SystemMessage why) {
        p.send(why);
        p.send(ActionFailed.INSTANCE);
    }
}
