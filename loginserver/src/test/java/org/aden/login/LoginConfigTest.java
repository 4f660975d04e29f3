package org.aden.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.aden.common.config.ConfigException;
import org.aden.common.config.ConfigLoader;
import org.junit.jupiter.api.Test;

class LoginConfigTest {
    @Test
    void defaultsMatchTheProtocolReference() {
        LoginConfig c = LoginConfig.from(ConfigLoader.load(null, LoginConfig.SPEC, Map.of(), Map.of()));
        assertEquals(2106, c.clientPort());
        assertEquals(9014, c.linkPort());
        assertEquals("127.0.0.1", c.linkHost());
        assertEquals(Duration.ofSeconds(60), c.sessionKeyTtl());
        assertTrue(c.linkAllowedIds().isEmpty());
        assertTrue(
                LoginConfig.SPEC.keys().keySet().stream().allMatch(k -> k.startsWith("login.") || k.startsWith("db.")));
    }

    @Test
    void allowedIdsAreValidated() {
        LoginConfig c = LoginConfig.from(
                ConfigLoader.load(null, LoginConfig.SPEC, Map.of(), Map.of("login.link.allowed-ids", "1, 2")));
        assertEquals(Set.of(1, 2), c.linkAllowedIds());
        assertThrows(
                ConfigException.class,
                () -> LoginConfig.from(ConfigLoader.load(
                        null, LoginConfig.SPEC, Map.of(), Map.of("login.link.allowed-ids", "1,300"))));
    }
}
