package org.aden.game.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.aden.game.script.api.NpcScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled-script cache: a second start with unchanged scripts takes them from the cache (and they behave the
 * same, errors with their lines), a changed file is compiled again, a damaged entry is only a miss, and a compile
 * error is reported as without the cache.
 */
class ScriptCacheTest {
    @TempDir
    Path root;

    @TempDir
    Path cache;

    static String npc(int id, String answer) {
        return """
                import org.aden.game.script.api.NpcEvent
                import org.aden.game.script.api.NpcScript

                class Answer {
                    static String text() { '%s' }
                }

                new NpcScript() {
                    Set<Integer> npcIds() { [%d] as Set }
                    boolean onFirstTalk(NpcEvent e) { true }
                    boolean onBypass(NpcEvent e, String command) {
                        throw new IllegalStateException(Answer.text())
                    }
                }
                """.formatted(answer, id);
    }

    void write(String file, String text) throws IOException {
        Path p = root.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /** What the NPC's script says (its onBypass throws its answer), from a fresh host as a new start would have. */
    static String answer(ScriptHost host, int npcId) {
        NpcScript s = host.npcScripts(npcId, null).get(0);
        return assertThrows(IllegalStateException.class, () -> s.onBypass(null, "x"))
                .getMessage();
    }

    @Test
    void aSecondStartTakesUnchangedScriptsFromTheCache() throws IOException {
        write("npcs/a.groovy", npc(30006, "first"));
        write("npcs/b.groovy", npc(30007, "other"));
        write("quests/Q1/quest.groovy", "import org.aden.game.script.api.*\n" + """
                new Quest() {
                    int id() { 1 }
                    String name() { 'Q1' }
                    Set<Integer> startNpcs() { [30006] as Set }
                    Set<Integer> talkNpcs() { [30006] as Set }
                    void onTalk(NpcEvent e, QuestState qs) {}
                }
                """);
        write("quests/Q2/quest.groovy", "import org.aden.game.script.api.*\n" + """
                new Quest() {
                    int id() { 2 }
                    String name() { 'Q2' }
                    Set<Integer> startNpcs() { [30007] as Set }
                    Set<Integer> talkNpcs() { [30007] as Set }
                    void onTalk(NpcEvent e, QuestState qs) {}
                }
                """);
        ScriptHost cold = new ScriptHost(root, 50, cache);
        ScriptSet first = cold.loadAll();
        assertEquals(List.of(), first.errors());
        assertEquals(0, first.cached(), "nothing cached yet");
        assertEquals(4, entries(), "one entry per script");

        ScriptHost warm = new ScriptHost(root, 50, cache);
        List<String> lines = warm.apply(warm.compileAll());
        ScriptSet second = warm.compileAll();
        assertEquals(4, second.cached(), "every unchanged script from the cache");
        assertTrue(lines.get(lines.size() - 1).endsWith("4 taken from the compiled cache"), lines.toString());
        assertEquals("first", answer(warm, 30006));
        assertEquals(2, warm.quests().size(), "two quests both called 'quest' live side by side");

        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> warm.npcScripts(30006, null).get(0).onBypass(null, "x"));
        String where = ScriptErrors.runtimeError(
                warm.fileOf(warm.npcScripts(30006, null).get(0)), thrown);
        assertTrue(where.endsWith("npcs/a.groovy:12: IllegalStateException: first"), where);

        write("npcs/a.groovy", npc(30006, "changed"));
        ScriptHost edited = new ScriptHost(root, 50, cache);
        ScriptSet third = edited.loadAll();
        assertEquals(3, third.cached(), "the changed file is compiled again");
        assertEquals("changed", answer(edited, 30006));
        assertEquals("other", answer(edited, 30007));
    }

    @Test
    void aDamagedEntryIsCompiledAgain() throws IOException {
        write("npcs/a.groovy", npc(30006, "first"));
        new ScriptHost(root, 50, cache).loadAll();
        try (Stream<Path> s = Files.list(cache)) {
            for (Path p : s.toList()) {
                Files.write(p, new byte[] {1, 2, 3});
            }
        }
        ScriptHost host = new ScriptHost(root, 50, cache);
        ScriptSet set = host.loadAll();
        assertEquals(List.of(), set.errors());
        assertEquals(0, set.cached());
        assertEquals("first", answer(host, 30006));
        assertEquals(1, new ScriptHost(root, 50, cache).loadAll().cached(), "and stored again");
    }

    @Test
    void aCompileErrorIsReportedWithItsLineAndNothingIsCached() throws IOException {
        write(
                "npcs/broken.groovy",
                "import org.aden.game.script.api.NpcScript\n\nnew NpcScript() {\n  boolean x( {\n}\n");
        ScriptSet set = new ScriptHost(root, 50, cache).loadAll();
        assertEquals(1, set.errors().size());
        assertTrue(
                set.errors().get(0).matches(".*broken\\.groovy:\\d+: .*"),
                set.errors().toString());
        assertEquals(0, entries());
    }

    int entries() throws IOException {
        if (!Files.isDirectory(cache)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(cache)) {
            return (int) s.filter(p -> p.toString().endsWith(".classes")).count();
        }
    }
}
