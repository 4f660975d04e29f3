package org.aden.game.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aden.game.script.api.Quest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quests under scripts/quests/<folder>/: compiled with their own pages, reloaded by name, a broken one reported. */
class QuestScriptsTest {
    @TempDir
    Path root;

    static String quest(String title) {
        return """
                import org.aden.game.script.api.*
                new Quest() {
                    int id() { 900 }
                    String name() { 'Q00900_Test' }
                    String title() { '%s' }
                    Set<Integer> startNpcs() { [30048] as Set }
                    Set<Integer> talkNpcs() { [30048] as Set }
                    void onTalk(NpcEvent e, QuestState qs) { e.dialogue().showPage('start.htm') }
                }
                """.formatted(title);
    }

    void write(String file, String text) throws IOException {
        Path p = root.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void aQuestFolderCompilesWithItsOwnPagesAndReloadsByName() throws IOException {
        write("quests/Q00900_Test/quest.groovy", quest("First"));
        write("quests/Q00900_Test/start.htm", "<html><body>mine</body></html>");
        write("quests/Q00901_Other/start.htm", "<html><body>not mine</body></html>");
        write("npcs/start.htm", "<html><body>shared</body></html>");
        ScriptHost host = new ScriptHost(root, 50);
        ScriptSet set = host.loadAll();
        assertTrue(set.errors().isEmpty(), set.errors().toString());
        Quest q = host.quests().get(900);
        assertEquals("First", q.title());
        assertEquals("<html><body>mine</body></html>", host.page(q, "start.htm"), "a quest's page is its own");
        assertEquals("<html><body>shared</body></html>", host.page("start.htm"));
        assertTrue(set.errors().isEmpty());

        // //reload scripts Q00900_Test: broken, reported with its line, the old one keeps running
        write("quests/Q00900_Test/quest.groovy", quest("Second").replace("int id()", "int id( {"));
        List<String> lines = host.apply(host.compile("Q00900_Test"));
        assertTrue(lines.get(0).matches(".*quests/Q00900_Test/quest\\.groovy:\\d+: .*"), lines.toString());
        assertTrue(lines.get(lines.size() - 1).contains("1 failed"), lines.toString());
        assertEquals("First", host.quests().get(900).title());

        write("quests/Q00900_Test/quest.groovy", quest("Second"));
        lines = host.apply(host.compile("Q00900_Test"));
        assertTrue(lines.get(lines.size() - 1).contains("1 quest(s)"), lines.toString());
        assertEquals("Second", host.quests().get(900).title());

        Files.delete(root.resolve("quests/Q00900_Test/quest.groovy"));
        host.apply(host.compile(null));
        assertNull(host.quests().get(900), "a deleted quest is dropped by a full reload");
    }
}
