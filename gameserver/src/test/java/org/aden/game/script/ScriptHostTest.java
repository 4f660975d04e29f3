package org.aden.game.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aden.game.script.api.NpcScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiling, isolating and reloading scripts in a folder of our own. */
class ScriptHostTest {
    @TempDir
    Path root;

    static final String GOOD = """
            import org.aden.game.script.api.NpcEvent
            import org.aden.game.script.api.NpcScript

            new NpcScript() {
                Set<Integer> npcIds() { [30006] as Set }
                boolean onFirstTalk(NpcEvent e) { true }
                boolean onBypass(NpcEvent e, String command) {
                    throw new IllegalStateException("broken on purpose")
                }
            }
            """;

    void write(String file, String text) throws IOException {
        Path p = root.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void aCompileErrorNamesFileAndLineAndTheOthersLoad() throws IOException {
        write("npcs/good.groovy", GOOD);
        write(
                "npcs/broken.groovy",
                "import org.aden.game.script.api.NpcScript\n\nnew NpcScript() {\n  boolean x( {\n}\n");
        write("npcs/wrong.groovy", "42\n");
        ScriptHost host = new ScriptHost(root, 50);
        ScriptSet set = host.loadAll();
        assertEquals(3, set.files());
        assertEquals(1, set.scripts().size());
        assertEquals(2, set.errors().size(), set.errors().toString());
        String broken = set.errors().stream()
                .filter(e -> e.contains("broken.groovy"))
                .findFirst()
                .orElseThrow();
        assertTrue(broken.matches(".*broken\\.groovy:\\d+: .*"), broken);
        assertTrue(set.errors().stream().anyMatch(e -> e.contains("wrong.groovy: must end with a NpcScript")));
        assertEquals(1, host.npcScripts(30006, "teleporter").size(), "good.groovy answers for its id");
    }

    @Test
    void anExceptionInAHandlerIsLoggedWithItsLineAndHarmsNothingElse() throws IOException {
        write("npcs/good.groovy", GOOD);
        ScriptHost host = new ScriptHost(root, 50);
        host.loadAll();
        NpcScript s = host.npcScripts(30006, null).get(0);
        Boolean r = host.call(s, "onBypass", () -> s.onBypass(null, "x"), false);
        assertFalse(r, "a failing handler counts as not handled");
        assertEquals(1, host.failures());
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> s.onBypass(null, "x"));
        String where = ScriptErrors.runtimeError(host.fileOf(s), thrown);
        assertTrue(where.endsWith("npcs/good.groovy:8: IllegalStateException: broken on purpose"), where);
        assertTrue(host.call(s, "onFirstTalk", () -> s.onFirstTalk(null), false), "the same script still answers");
    }

    @Test
    void aSlowHandlerIsReported() throws IOException {
        write("npcs/good.groovy", GOOD);
        ScriptHost host = new ScriptHost(root, 5);
        host.loadAll();
        host.call(
                null,
                "sleep",
                () -> {
                    try {
                        Thread.sleep(30);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return true;
                },
                false);
        assertEquals(1, host.slowCalls());
    }

    @Test
    void aReloadWithAnErrorKeepsTheOldVersionAndAFixReplacesIt() throws IOException {
        write("npcs/good.groovy", GOOD);
        ScriptHost host = new ScriptHost(root, 50);
        host.loadAll();
        NpcScript before = host.npcScripts(30006, null).get(0);

        write("npcs/good.groovy", GOOD.replace("[30006]", "[30006, 30146]").replace("true }", "true "));
        List<String> lines = host.apply(host.compile("good"));
        assertTrue(lines.get(0).contains("npcs/good.groovy:"), lines.toString());
        assertTrue(
                lines.get(lines.size() - 1).contains("0 of 1 file(s) compiled (npcs/good.groovy), 1 failed"),
                lines.toString());
        assertEquals(before, host.npcScripts(30006, null).get(0), "the old version keeps running");
        assertTrue(host.npcScripts(30146, null).isEmpty());

        write("npcs/good.groovy", GOOD.replace("[30006]", "[30006, 30146]"));
        lines = host.apply(host.compile("npcs/good.groovy"));
        assertEquals(1, lines.size(), lines.toString());
        assertNotNull(host.npcScripts(30146, null).get(0), "the new version answers");
        assertFalse(before == host.npcScripts(30006, null).get(0));
    }

    @Test
    void aPageOverTheClientsLimitIsRefusedAtLoad() throws IOException {
        write("html/big.htm", "<html><body>" + "x".repeat(9000) + "</body></html>");
        write("html/small.htm", "<html><body>hello</body></html>");
        ScriptHost host = new ScriptHost(root, 50);
        ScriptSet set = host.loadAll();
        assertTrue(
                set.errors().get(0).contains("big.htm: 9026 characters"),
                set.errors().toString());
        assertEquals(null, host.page("big.htm"));
        assertNotNull(host.page("small.htm"));
    }

    @Test
    void anUnknownNameIsReported() {
        ScriptHost host = new ScriptHost(root, 50);
        ScriptSet set = host.compile("nothing");
        assertEquals(List.of("no script called 'nothing' under " + root), set.errors());
    }
}
