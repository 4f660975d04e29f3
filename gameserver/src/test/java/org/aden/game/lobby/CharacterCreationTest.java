package org.aden.game.lobby;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.aden.game.character.template.CharacterTemplateLoader;
import org.aden.game.character.template.CharacterTemplates;
import org.aden.game.datapack.XmlDatapack;
import org.aden.game.network.client.lobby.CharacterCreate;
import org.aden.game.network.server.lobby.CharCreateFail.Reason;
import org.junit.jupiter.api.Test;

class CharacterCreationTest {
    static final CharacterTemplates TEMPLATES =
            CharacterTemplateLoader.load(new XmlDatapack(Path.of(System.getProperty("aden.root", ".."), "datapack")));

    static CharacterCreation rules(String pattern, Set<String> forbidden) {
        return new CharacterCreation(
                new LobbySettings(Set.of(746), true, 1, 7, Pattern.compile(pattern), forbidden, Duration.ZERO),
                TEMPLATES);
    }

    @Test
    void theConfiguredPatternAndForbiddenNamesApply() {
        CharacterCreation c = rules("[A-Z][a-z]{2,15}", Set.of("Badword"));
        assertEquals(Optional.empty(), c.checkName("Alice"));
        assertEquals(Optional.of(Reason.INCORRECT_NAME), c.checkName("alice"), "pattern wants a capital first");
        assertEquals(Optional.of(Reason.INCORRECT_NAME), c.checkName("Al"), "pattern wants three letters");
        assertEquals(Optional.of(Reason.INCORRECT_NAME), c.checkName("BADWORD"), "forbidden, any case");
        assertEquals(Optional.of(Reason.NAME_TOO_LONG), c.checkName(""), "empty");
        assertEquals(Optional.of(Reason.NAME_TOO_LONG), c.checkName("Abcdefghijklmnopq"), "17 characters");
    }

    @Test
    void aPermissivePatternCannotLetNonAlphanumericNamesThrough() {
        CharacterCreation c = rules(".*", Set.of());
        assertEquals(Optional.empty(), c.checkName("Abc123"));
        assertEquals(Optional.of(Reason.INCORRECT_NAME), c.checkName("Ab c"));
        assertEquals(Optional.of(Reason.INCORRECT_NAME), c.checkName("Ärger"), "ASCII only");
        assertEquals(Optional.of(Reason.INCORRECT_NAME), c.checkName("a;DROP"));
    }

    @Test
    void appearanceRaceAndClassCombinations() {
        CharacterCreation c = rules("[A-Za-z0-9]{1,16}", Set.of());
        assertEquals(Optional.empty(), c.checkChoices(new CharacterCreate("X", 4, 1, 53, 6, 3, 2)), "female dwarf");
        assertEquals(
                Optional.of(Reason.CREATION_FAILED),
                c.checkChoices(new CharacterCreate("X", 4, 0, 53, 5, 0, 0)),
                "male hair style 5");
        assertEquals(
                Optional.of(Reason.CREATION_FAILED),
                c.checkChoices(new CharacterCreate("X", 4, 1, 53, 7, 0, 0)),
                "female hair style 7");
        assertEquals(
                Optional.of(Reason.CREATION_FAILED),
                c.checkChoices(new CharacterCreate("X", 0, 0, 0, 0, 4, 0)),
                "hair colour 4");
        assertEquals(
                Optional.of(Reason.CREATION_FAILED),
                c.checkChoices(new CharacterCreate("X", 0, 2, 0, 0, 0, 0)),
                "sex 2");
        assertEquals(
                Optional.of(Reason.CREATION_FAILED),
                c.checkChoices(new CharacterCreate("X", 4, 0, 54, 0, 0, 0)),
                "no dwarven mystic");
        assertEquals(
                Optional.of(Reason.CREATION_FAILED),
                c.checkChoices(new CharacterCreate("X", 0, 0, 18, 0, 0, 0)),
                "elven class with human race");
    }
}
