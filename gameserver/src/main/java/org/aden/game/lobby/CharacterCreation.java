package org.aden.game.lobby;

import java.util.Locale;
import java.util.Optional;
import org.aden.game.character.template.CharacterTemplate;
import org.aden.game.character.template.CharacterTemplates;
import org.aden.game.network.client.lobby.CharacterCreate;
import org.aden.game.network.server.lobby.CharCreateFail.Reason;

/**
 * The checks on a CharacterCreate that need no database, in the order the reference server applies them:
 * name length (reason 3), forbidden names and the name pattern (4), appearance and class (0).
 */
final class CharacterCreation {
    static final int MAX_HAIR_STYLE_MALE = 4;
    static final int MAX_HAIR_STYLE_FEMALE = 6;
    static final int MAX_HAIR_COLOR = 3;
    static final int MAX_FACE = 2;

    private final LobbySettings settings;
    private final CharacterTemplates templates;

    CharacterCreation(LobbySettings settings, CharacterTemplates templates) {
        this.settings = settings;
        this.templates = templates;
    }

    Optional<Reason> checkName(String name) {
        if (name.isEmpty() || name.length() > LobbySettings.MAX_NAME_LENGTH) {
            return Optional.of(Reason.NAME_TOO_LONG);
        }
        if (settings.forbiddenNames().contains(name.toLowerCase(Locale.ROOT))) {
            return Optional.of(Reason.INCORRECT_NAME);
        }
        // letters and digits only, whatever the pattern allows: names end up in chat commands and file names
        if (!name.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))
                || !settings.namePattern().matcher(name).matches()) {
            return Optional.of(Reason.INCORRECT_NAME);
        }
        return Optional.empty();
    }

    /** Appearance, class and race; all reported as reason 0 like the reference server does. */
    Optional<Reason> checkChoices(CharacterCreate p) {
        if (p.sex() != 0 && p.sex() != 1) {
            return Optional.of(Reason.CREATION_FAILED);
        }
        int maxHair = p.sex() == 0 ? MAX_HAIR_STYLE_MALE : MAX_HAIR_STYLE_FEMALE;
        if (p.hairStyle() < 0
                || p.hairStyle() > maxHair
                || p.hairColor() < 0
                || p.hairColor() > MAX_HAIR_COLOR
                || p.face() < 0
                || p.face() > MAX_FACE) {
            return Optional.of(Reason.CREATION_FAILED);
        }
        CharacterTemplate t = templates.get(p.classId());
        if (t == null || t.race().id() != p.race()) {
            return Optional.of(Reason.CREATION_FAILED);
        }
        return Optional.empty();
    }
}
