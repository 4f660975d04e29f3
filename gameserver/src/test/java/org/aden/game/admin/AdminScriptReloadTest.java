package org.aden.game.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aden.common.net.PacketReader;
import org.aden.game.actor.Player;
import org.aden.game.script.ScriptHost;
import org.aden.game.script.ScriptedAdminCommands;
import org.aden.game.world.WorldFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GM command scripts follow {@code //reload scripts} like the others: a broken file keeps the running version. */
class AdminScriptReloadTest {
    @TempDir
    Path root;

    WorldFixture f;
    Player gm;
    AdminCommands admin;
    ScriptHost host;

    static String hello(String answer) {
        return """
                import org.aden.game.script.api.AdminCommand
                import org.aden.game.script.api.AdminContext
                import org.aden.game.script.api.PlayerView

                new AdminCommand() {
                    String name() { 'hello' }
                    int minAccessLevel() { 1 }
                    String usage() { 'hello' }
                    void execute(AdminContext ctx, PlayerView gm, List<String> args) { ctx.reply(gm, '%s') }
                }
                """.formatted(answer);
    }

    @BeforeEach
    void world() throws IOException {
        Files.createDirectories(root.resolve("admin"));
        f = new WorldFixture();
        gm = f.player("Gm", 0, 0);
        gm.setAccessLevel(100);
        admin = new AdminCommands();
        admin.setContext(ScriptedAdminCommandsTest.context(f));
        host = new ScriptHost(root, 50);
    }

    String answer(String line) {
        f.clearSinks();
        admin.handle(gm, line);
        List<byte[]> msgs = f.sink(gm).withOpcode(0x64);
        byte[] msg = msgs.get(msgs.size() - 1);
        return new PacketReader(msg, 13, msg.length - 13).readS();
    }

    @Test
    void aReloadReplacesAddsAndDropsGmCommandsAndABrokenOneKeepsRunning() throws IOException {
        Files.writeString(root.resolve("admin/hello.groovy"), hello("first"));
        host.loadAll();
        ScriptedAdminCommands.follow(host, admin);
        assertEquals("first", answer("hello"));

        Files.writeString(root.resolve("admin/hello.groovy"), hello("second"));
        List<String> lines = host.apply(host.compile("hello"));
        assertTrue(lines.get(lines.size() - 1).contains("1 GM command(s)"), lines.toString());
        assertEquals("second", answer("hello"), "the recompiled version answers");

        Files.writeString(
                root.resolve("admin/hello.groovy"),
                "import org.aden.game.script.api.AdminCommand\n\nnew AdminCommand() {\n  String name( {\n}\n");
        lines = host.apply(host.compile(null));
        assertTrue(
                lines.stream().anyMatch(l -> l.matches(".*admin/hello\\.groovy:\\d+: .*")),
                "the error names file and line: " + lines);
        assertEquals("second", answer("hello"), "a file that fails keeps its running version");

        Files.writeString(root.resolve("admin/bye.groovy"), hello("bye").replace("'hello'", "'bye'"));
        host.apply(host.compile(null));
        assertEquals("bye", answer("bye"), "a new file is a new command at once");

        Files.delete(root.resolve("admin/hello.groovy"));
        host.apply(host.compile(null));
        assertTrue(answer("hello").startsWith("Unknown command //hello"), "a deleted file's command is gone");
        assertEquals("bye", answer("bye"));
    }
}
