package org.aden.game.script;

import groovy.lang.GroovyCodeSource;
import groovy.lang.GroovyShell;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.aden.game.network.server.npc.NpcHtmlMessage;
import org.aden.game.script.api.AdminCommand;
import org.aden.game.script.api.BypassScript;
import org.aden.game.script.api.EventScript;
import org.aden.game.script.api.NpcScript;
import org.aden.game.script.api.Quest;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilerConfiguration;

/**
 * The Groovy scripts of NPCs ({@code scripts/npcs/*.groovy}, each evaluating to an {@link NpcScript}) and shared
 * links ({@code scripts/bypass/*.groovy}, each a {@link BypassScript}), world events ({@code scripts/events/*.groovy},
 * each an {@link EventScript}) and quests, with their pages ({@code *.htm} beside them or in {@code scripts/html/}).
 *
 * <p>Compiling ({@link #compile}) touches no state and may run on any thread; {@link #apply} swaps the result in on
 * the world thread. A file that does not compile keeps its previous version. Every handler runs through {@link
 * #call}: an exception is logged with the script's file and line and answered as "not handled", a slow one is
 * reported.
 */
public final class ScriptHost {
    private static final Logger LOG = LogManager.getLogger(ScriptHost.class);
    /** The folders under the scripts root, and what each file there must evaluate to. */
    static final Map<String, Class<?>> FOLDERS = folders();

    private final Path root;
    private final ScriptCache cache;
    private final long slowNanos;
    private final long slowMillis;
    private Map<String, Object> scripts = Map.of();
    private Map<String, String> pages = Map.of();
    private Map<Object, String> fileOf = new IdentityHashMap<>();
    private Map<Object, String> keyOfScript = new IdentityHashMap<>();
    private Map<Integer, NpcScript> byId = Map.of();
    private Map<String, NpcScript> byType = Map.of();
    private Map<String, BypassScript> byCommand = Map.of();
    private Map<String, BypassScript> byPrefix = Map.of();
    private List<EventScript> events = List.of();
    /** Per script class, the handlers it writes itself (not the API's empty defaults): who to call for an event. */
    private final Map<Class<?>, Set<String>> handlers = new HashMap<>();
    /** Every handler some installed script writes. */
    private Set<String> handledByAny = Set.of();

    private Map<Integer, Quest> questsById = Map.of();
    /** Called on the world thread after every install (the GM commands follow their scripts). */
    private final List<Runnable> onApply = new ArrayList<>();

    private long failures;
    private long slowCalls;

    /** Compiles every time (no cache). @param slowMillis a handler slower than this is reported (game.world.script-slow) */
    public ScriptHost(Path root, long slowMillis) {
        this(root, slowMillis, null);
    }

    /**
     * @param cacheDir where compiled scripts are kept between starts (an unchanged script is not compiled again), or
     *     null to compile every time
     */
    public ScriptHost(Path root, long slowMillis, Path cacheDir) {
        this.root = root;
        this.slowMillis = slowMillis;
        this.slowNanos = slowMillis * 1_000_000;
        this.cache = cacheDir == null ? null : new ScriptCache(cacheDir);
    }

    private static Map<String, Class<?>> folders() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("npcs", NpcScript.class);
        m.put("bypass", BypassScript.class);
        m.put("events", EventScript.class);
        m.put("quests", Quest.class);
        m.put("admin", AdminCommand.class);
        return m;
    }

    public Path root() {
        return root;
    }

    /** Compiles and installs every script; one progress line and one summary line. Before the world runs. */
    public ScriptSet loadAll() {
        ScriptSet set = compileAll();
        apply(set);
        return set;
    }

    /** Compiles every script with a progress line (any thread; the server compiles while the datapack loads). */
    public ScriptSet compileAll() {
        LOG.info("Compiling the scripts under {} ({})", root, String.join(", ", FOLDERS.keySet()));
        return compile(null);
    }

    /**
     * Compiles every script (name null) or the one whose file is called {@code name} (with or without folder and
     * {@code .groovy}). Any thread: nothing installed is touched.
     */
    public ScriptSet compile(String name) {
        long t0 = System.nanoTime();
        Map<String, Object> out = new TreeMap<>();
        Map<String, String> pageTexts = new HashMap<>();
        List<String> errors = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (String folder : FOLDERS.keySet()) {
            files.addAll(list(root.resolve(folder), ".groovy", errors));
        }
        List<Path> questFolders = subfolders(root.resolve("quests"), errors);
        for (Path q : questFolders) {
            files.addAll(list(q, ".groovy", errors));
        }
        String only = null;
        if (name != null) {
            List<Path> match = files.stream().filter(f -> matches(f, name)).toList();
            if (match.isEmpty()) {
                errors.add("no script called '" + name + "' under " + root);
            } else {
                only = key(match.get(0));
            }
            files = match.isEmpty() ? List.of() : List.of(match.get(0));
        }
        int[] cached = {0};
        for (Path f : files) {
            Object script = compileOne(f, errors, cached);
            if (script != null) {
                out.put(key(f), script);
            }
        }
        for (String folder : List.of("npcs", "bypass", "events", "html")) {
            for (Path p : list(root.resolve(folder), ".htm", errors)) {
                readPage(p, p.getFileName().toString(), pageTexts, errors);
            }
        }
        for (Path p : list(root.resolve("npcs/pages"), ".htm", errors)) { // NPCs' own pages: "pages/30001.htm"
            readPage(p, "pages/" + p.getFileName(), pageTexts, errors);
        }
        for (Path q : questFolders) { // a quest's pages are its own: "quests/<folder>/<page>"
            for (Path p : list(q, ".htm", errors)) {
                readPage(p, key(p), pageTexts, errors);
            }
        }
        return new ScriptSet(
                out, pageTexts, errors, files.size(), (System.nanoTime() - t0) / 1_000_000, only, cached[0]);
    }

    private Object compileOne(Path f, List<String> errors, int[] cached) {
        Class<?> expected = FOLDERS.get(root.relativize(f).getName(0).toString());
        CompilerConfiguration cc = new CompilerConfiguration();
        cc.setSourceEncoding("UTF-8");
        try {
            Object result;
            if (cache != null) {
                ScriptCache.Result r = cache.evaluate(f, key(f), cc);
                result = r.value();
                cached[0] += r.outcome() == ScriptCache.Outcome.CACHED ? 1 : 0;
            } else {
                result = new GroovyShell(ScriptHost.class.getClassLoader(), cc)
                        .evaluate(new GroovyCodeSource(f.toFile(), "UTF-8"));
            }
            if (expected.isInstance(result)) {
                return result;
            }
            errors.add(f + ": must end with a " + expected.getSimpleName() + ", got "
                    + (result == null ? "nothing" : result.getClass().getName()));
        } catch (CompilationFailedException e) {
            errors.add(ScriptErrors.compileError(f, e));
        } catch (IOException e) {
            errors.add(f + ": cannot read: " + e.getMessage());
        } catch (Exception | LinkageError | AssertionError e) {
            errors.add(ScriptErrors.runtimeError(f.toString(), e));
        }
        return null;
    }

    private void readPage(Path p, String key, Map<String, String> into, List<String> errors) {
        try {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            if (text.length() > NpcHtmlMessage.MAX_HTML_LENGTH) {
                errors.add(p + ": " + text.length() + " characters, more than the client's "
                        + NpcHtmlMessage.MAX_HTML_LENGTH);
                return;
            }
            into.putIfAbsent(key, text);
        } catch (IOException e) {
            errors.add(p + ": cannot read: " + e.getMessage());
        }
    }

    private static List<Path> list(Path folder, String suffix, List<String> errors) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            errors.add(folder + ": cannot list: " + e.getMessage());
            return List.of();
        }
    }

    /** Folders directly under a folder (the quests' folders), sorted. */
    private static List<Path> subfolders(Path folder, List<String> errors) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            errors.add(folder + ": cannot list: " + e.getMessage());
            return List.of();
        }
    }

    /** A file's path under the scripts root with '/' separators, e.g. {@code quests/Q00001_LettersOfLove/quest.groovy}. */
    private String key(Path f) {
        return root.relativize(f).toString().replace('\\', '/');
    }

    private boolean matches(Path f, String name) {
        String n = name.endsWith(".groovy") ? name : name + ".groovy";
        return key(f).equals(n)
                || f.getFileName().toString().equals(n)
                || (key(f).startsWith("quests/")
                        && f.getParent().getFileName().toString().equals(name));
    }

    /**
     * Installs what compiled (world thread). After a full compile, files that are gone are dropped and files that
     * failed keep their old version; every problem is logged. Returns the lines to show (summary last).
     */
    public List<String> apply(ScriptSet set) {
        Map<String, Object> next = new TreeMap<>(scripts);
        if (set.only() == null) {
            next.keySet().removeIf(k -> !Files.exists(root.resolve(k)));
        }
        next.putAll(set.scripts());
        scripts = Map.copyOf(next);
        pages = set.pages();
        index();
        onApply.forEach(Runnable::run);
        List<String> lines = new ArrayList<>();
        for (String e : set.errors()) {
            LOG.warn("Script problem: {}", e);
            lines.add(e);
        }
        String summary = summary(set);
        LOG.info("Scripts: {}", summary);
        lines.add(summary);
        return lines;
    }

    private String summary(ScriptSet set) {
        long npc = scripts.values().stream().filter(NpcScript.class::isInstance).count();
        long bypass =
                scripts.values().stream().filter(BypassScript.class::isInstance).count();
        long quests = scripts.values().stream().filter(Quest.class::isInstance).count();
        return String.format(
                Locale.ROOT,
                "%d of %d file(s) compiled%s, %d failed, in %d ms; running %d NPC, %d bypass and %d event script(s), %d quest(s), %d GM command(s), %d page(s)%s",
                set.scripts().size(),
                set.files(),
                set.only() == null ? "" : " (" + set.only() + ")",
                set.errors().size(),
                set.millis(),
                npc,
                bypass,
                events.size(),
                quests,
                adminCommands().size(),
                pages.size(),
                cache == null ? "" : "; " + set.cached() + " taken from the compiled cache");
    }

    private void index() {
        Map<Object, String> files = new IdentityHashMap<>();
        Map<Object, String> keys = new IdentityHashMap<>();
        scripts.forEach((k, v) -> {
            files.put(v, root.resolve(k).toString());
            keys.put(v, k);
        });
        fileOf = files;
        keyOfScript = keys;
        Map<Integer, NpcScript> ids = new HashMap<>();
        Map<String, NpcScript> types = new HashMap<>();
        Map<String, BypassScript> commands = new HashMap<>();
        Map<String, BypassScript> prefixes = new HashMap<>();
        List<EventScript> eventScripts = new ArrayList<>();
        Map<Integer, Quest> quests = new TreeMap<>();
        for (Object o : scripts.values()) {
            if (o instanceof NpcScript s) {
                orEmpty(call(s, "npcIds", s::npcIds, Set.<Integer>of(), false)).forEach(id -> claim(ids, id, s));
                orEmpty(call(s, "npcTypes", s::npcTypes, Set.<String>of(), false))
                        .forEach(t -> claim(types, t, s));
            } else if (o instanceof BypassScript b) {
                orEmpty(call(b, "commands", b::commands, Set.<String>of(), false))
                        .forEach(c -> claim(commands, c, b));
                orEmpty(call(b, "prefixes", b::prefixes, Set.<String>of(), false))
                        .forEach(c -> claim(prefixes, c, b));
            } else if (o instanceof EventScript ev) {
                eventScripts.add(ev);
            } else if (o instanceof Quest q) {
                Integer id = call(q, "id", q::id, null, false);
                if (id != null) {
                    claim(quests, id, q);
                }
            }
        }
        byId = Map.copyOf(ids);
        byType = Map.copyOf(types);
        byCommand = Map.copyOf(commands);
        byPrefix = Map.copyOf(prefixes);
        events = List.copyOf(eventScripts);
        handlers.clear();
        Set<String> any = new java.util.HashSet<>();
        for (Object o : scripts.values()) {
            any.addAll(handlers.computeIfAbsent(o.getClass(), ScriptHost::ownHandlers));
        }
        handledByAny = Set.copyOf(any);
        questsById = java.util.Collections.unmodifiableMap(quests);
    }

    private static <T> Set<T> orEmpty(Set<T> s) {
        return s == null ? Set.of() : s;
    }

    private <K, V> void claim(Map<K, V> index, K key, V script) {
        V old = index.put(key, script);
        if (old != null) {
            LOG.warn("Script {} takes over {} from {}", fileOf(script), key, fileOf(old));
        }
    }

    /** The scripts answering for an NPC: the one for its template id first, then the one for its type. */
    public List<NpcScript> npcScripts(int npcId, String type) {
        NpcScript a = byId.get(npcId);
        NpcScript b = type == null ? null : byType.get(type);
        if (a == null) {
            return b == null ? List.of() : List.of(b);
        }
        return b == null || b == a ? List.of(a) : List.of(a, b);
    }

    /** The shared script for the first word of an NPC link ({@code goto}, {@code Buy}...), or null. */
    public BypassScript bypassScript(String command) {
        return byCommand.get(command);
    }

    /** The shared script for the first word of a link tied to no NPC, or null. */
    public BypassScript linkScript(String prefix) {
        return byPrefix.get(prefix);
    }

    /** The running event scripts, in file order. */
    public List<EventScript> events() {
        return events;
    }

    /**
     * Whether a script writes this handler itself (rather than inheriting the API's empty default): the engine
     * skips the others, so an event nobody listens to costs nothing.
     */
    public boolean handles(Object script, String handler) {
        return handlers.computeIfAbsent(script.getClass(), ScriptHost::ownHandlers)
                .contains(handler);
    }

    /** Whether any installed script writes this handler: an event nobody listens to is skipped at once. */
    public boolean anyHandles(String handler) {
        return handledByAny.contains(handler);
    }

    private static Set<String> ownHandlers(Class<?> c) {
        Set<String> own = new java.util.HashSet<>();
        for (java.lang.reflect.Method m : c.getMethods()) {
            if (!m.getDeclaringClass().isInterface() && m.getName().startsWith("on")) {
                own.add(m.getName());
            }
        }
        return own;
    }

    /** The file key of an installed script ({@code npcs/x.groovy}), or null for one not installed. */
    public String keyOf(Object script) {
        return script == null ? null : keyOfScript.get(script);
    }

    /** The script installed from that file now (a reload replaces the object), or null when the file is gone. */
    public Object script(String key) {
        return scripts.get(key);
    }

    /** A page by file name, or null. */
    public String page(String name) {
        return pages.get(name);
    }

    /** A page for a script: a quest's own page (beside its file) first, then the shared ones; or null. */
    public String page(Object script, String name) {
        if (script instanceof Quest) {
            String file = fileOf.get(script);
            if (file != null) {
                String own = pages.get(key(Path.of(file).resolveSibling(name)));
                if (own != null) {
                    return own;
                }
            }
        }
        return pages.get(name);
    }

    /** The running GM command scripts ({@code admin/*.groovy}), by file key in file order. */
    public Map<String, AdminCommand> adminCommands() {
        Map<String, AdminCommand> out = new LinkedHashMap<>();
        scripts.forEach((k, v) -> {
            if (v instanceof AdminCommand c) {
                out.put(k, c);
            }
        });
        return out;
    }

    /** Runs after every {@link #apply}, on the world thread (before the summary is built). */
    public void onApply(Runnable listener) {
        onApply.add(listener);
    }

    /** The running quests by quest id. */
    public Map<Integer, Quest> quests() {
        return questsById;
    }

    /**
     * Runs one handler of a script: an exception is logged with the script's file and line and {@code onFailure}
     * returned; a handler slower than the threshold is reported. World thread.
     */
    public <T> T call(Object script, String handler, Supplier<T> body, T onFailure) {
        return call(script, handler, body, onFailure, true);
    }

    private <T> T call(Object script, String handler, Supplier<T> body, T onFailure, boolean timed) {
        long t0 = System.nanoTime();
        try {
            return body.get();
        } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
            failures++;
            LOG.warn("Script failed in {}: {}", handler, ScriptErrors.runtimeError(fileOf(script), e));
            return onFailure;
        } finally {
            long took = System.nanoTime() - t0;
            if (timed && took > slowNanos) {
                slowCalls++;
                LOG.warn(
                        "Script {} took {} ms in {} (game.world.script-slow is {} ms)",
                        fileOf(script),
                        took / 1_000_000,
                        handler,
                        slowMillis);
            }
        }
    }

    /** Runs a script's task (a timer) through {@link #call}. */
    public void run(Object script, String what, Runnable task) {
        call(
                script,
                what,
                () -> {
                    task.run();
                    return null;
                },
                null);
    }

    String fileOf(Object script) {
        String f = script == null ? null : fileOf.get(script);
        return f == null ? root + "/?" : f;
    }

    /** Handler exceptions since start (tests, metrics). */
    public long failures() {
        return failures;
    }

    /** Handlers that ran longer than the threshold since start. */
    public long slowCalls() {
        return slowCalls;
    }
}
