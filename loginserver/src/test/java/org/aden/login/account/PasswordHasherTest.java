package org.aden.login.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(4);

    @Test
    void acceptsAnImportedL2jSha1Hash() {
        // what an L2J login server stores for "password": Base64(SHA-1("password"))
        assertEquals("W6ph5Mm5Pz8GgiULbPgzG37mj9g=", PasswordHasher.legacySha1("password"));
        String imported = PasswordHasher.LEGACY_SHA1_PREFIX + "W6ph5Mm5Pz8GgiULbPgzG37mj9g=";
        assertTrue(PasswordHasher.isLegacy(imported));
        assertTrue(hasher.verify("password", imported));
        assertFalse(hasher.verify("Password", imported));
        assertFalse(hasher.verify("password", "W6ph5Mm5Pz8GgiULbPgzG37mj9g="), "without the prefix it is no hash");
    }

    @Test
    void bcryptHashesAreNotLegacy() {
        String h = hasher.hash("secret1");
        assertFalse(PasswordHasher.isLegacy(h));
        assertTrue(hasher.verify("secret1", h));
    }
}
