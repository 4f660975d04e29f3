package org.aden.game.network.server.party;

/** What a party window shows of one member (session-party §4.6 to §4.8). */
public record PartyMember(
        int objectId,
        String name,
        int curCp,
        int maxCp,
        int curHp,
        int maxHp,
        int curMp,
        int maxMp,
        int level,
        int classId,
        int race) {}
