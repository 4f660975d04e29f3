package org.aden.game.lobby;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rules of the character selection screen.
 *
 * @param protocols client protocol revisions accepted by ProtocolVersion
 * @param encryption whether KeyPacket switches the game cipher on
 * @param serverId this server's id, echoed in KeyPacket
 * @param maxCharacters characters one account may have
 * @param namePattern what a character name must match in full (length is checked separately, 1–16)
 * @param forbiddenNames names nobody may take, compared case-insensitively
 * @param deleteDelay how long a deleted character can still be restored; zero deletes at once
 */
public record LobbySettings(
        Set<Integer> protocols,
        boolean encryption,
        int serverId,
        int maxCharacters,
        Pattern namePattern,
        Set<String> forbiddenNames,
        Duration deleteDelay) {
    public static final int MAX_NAME_LENGTH = 16;

    public LobbySettings {
        protocols = Set.copyOf(protocols);
        forbiddenNames =
                forbiddenNames.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public static LobbySettings defaults() {
        return new LobbySettings(
                Set.of(746), true, 1, 7, Pattern.compile("[A-Za-z0-9]{1,16}"), Set.of(), Duration.ofDays(7));
    }
}
