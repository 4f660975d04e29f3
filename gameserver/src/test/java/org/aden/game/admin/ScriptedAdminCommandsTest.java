package org.aden.game.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aden.game.actor.Player;
import org.aden.game.character.PlayerStore;
import org.aden.game.move.Teleports;
import org.aden.game.script.ScriptedAdminCommands;
import org.aden.game.session.PlayerSessions;
import org.aden.game.world.WorldFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptedAdminCommandsTest {
    /** The admin context of a test world (also AdminScriptReloadTest's). */
    static AdminContext context(WorldFixture f) {
        return new AdminContext(
                f.world,
                f.actions,
                new Teleports(f.world, f.actions),
                new PlayerSessions(f.world, PlayerStore.NONE, WorldFixture.PLAYERS),
                new ShutdownCountdown(f.world, r -> {}),
                new org.aden.game.world.command.CommandCounts());
    }

    @Test
    void loadsTheShippedScriptsAndSkipsBrokenOnes(@TempDir Path dir) throws Exception {
        Path shipped = Path.of(System.getProperty("aden.root", ".."), "scripts", "admin", "whois.groovy");
        Files.copy(shipped, dir.resolve("whois.groovy"));
        Files.writeString(dir.resolve("broken.groovy"), "this is not groovy {");
        Files.writeString(dir.resolve("wrong.groovy"), "42");
        List<AdminCommand> loaded = ScriptedAdminCommands.load(dir);
        assertEquals(1, loaded.size());
        assertEquals("whois", loaded.get(0).name());
        assertTrue(loaded.get(0).minAccessLevel() >= 1);

        WorldFixture f = new WorldFixture();
        Player gm = f.player("Gm", 0, 0);
        gm.setAccessLevel(1);
        f.player("Target", 100, 200);
        AdminCommands admin = new AdminCommands().register(loaded.get(0));
        admin.setContext(context(f));
        f.clearSinks();
        admin.handle(gm, "whois target");
        byte[] msg = f.sink(gm).withOpcode(0x64).get(0);
        String text = new org.aden.common.net.PacketReader(msg, 13, msg.length - 13).readS();
        assertTrue(text.startsWith("Target (acc_target): level 1"), text);
    }
}
