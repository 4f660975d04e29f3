package org.aden.game.script;

import groovy.lang.Binding;
import groovy.lang.GroovySystem;
import groovy.lang.Script;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.Phases;
import org.codehaus.groovy.runtime.InvokerHelper;
import org.codehaus.groovy.tools.GroovyClass;

/**
 * Compiled scripts kept on disk, so that a start with unchanged scripts skips the Groovy compiler: one file per
 * script holding the class files its source compiled to, valid while the source, the Groovy version, the Java
 * version and the script API (its class files) are the same. A cache that cannot be read or written is only a
 * slower start: the script is compiled as without it.
 */
final class ScriptCache {
    private static final Logger LOG = LogManager.getLogger(ScriptCache.class);
    private static final String API_PACKAGE = "org/aden/game/script/api/";
    private static final int FORMAT = 1;

    private final Path dir;
    private final String fingerprint;
    private volatile boolean writeFailed;

    ScriptCache(Path dir) {
        this.dir = dir;
        this.fingerprint = "format " + FORMAT + ", groovy " + GroovySystem.getVersion() + ", java "
                + Runtime.version().feature() + ", api " + apiFingerprint();
    }

    /** What a hit or a miss did, for the summary line. */
    enum Outcome {
        CACHED,
        COMPILED
    }

    record Result(Object value, Outcome outcome) {}

    /**
     * Runs the script of {@code source} (relative name {@code key}) and returns what it evaluates to: from its cached
     * classes when they match, otherwise compiled (and stored).
     */
    Result evaluate(Path source, String key, CompilerConfiguration cc) throws IOException {
        byte[] text = Files.readAllBytes(source);
        String sourceHash = sha256(text);
        Path entry = dir.resolve(key.replace('/', '_') + ".classes");
        Map<String, byte[]> classes = read(entry, sourceHash);
        Outcome outcome = Outcome.CACHED;
        if (classes == null) {
            classes = compile(source, cc);
            write(entry, sourceHash, classes);
            outcome = Outcome.COMPILED;
        }
        return new Result(run(classes), outcome);
    }

    private static Map<String, byte[]> compile(Path source, CompilerConfiguration cc) {
        CompilationUnit cu = new CompilationUnit(cc, null, new groovy.lang.GroovyClassLoader(loader()));
        cu.addSource(source.toFile());
        cu.compile(Phases.CLASS_GENERATION);
        Map<String, byte[]> out = new HashMap<>();
        for (GroovyClass c : (List<GroovyClass>) cu.getClasses()) {
            out.put(c.getName(), c.getBytes());
        }
        return out;
    }

    /** Defines the classes in a loader of their own (every quest has a class called "quest") and runs the script. */
    private static Object run(Map<String, byte[]> classes) {
        BytesLoader l = new BytesLoader(loader(), classes);
        Class<?> script = null;
        for (String name : classes.keySet()) {
            Class<?> c = l.load(name);
            if (Script.class.isAssignableFrom(c)) {
                script = c;
            }
        }
        if (script == null) {
            throw new IllegalStateException("no script class among " + classes.keySet());
        }
        return InvokerHelper.createScript(script, new Binding()).run();
    }

    private static ClassLoader loader() {
        return ScriptCache.class.getClassLoader();
    }

    private Map<String, byte[]> read(Path entry, String sourceHash) {
        if (!Files.isRegularFile(entry)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(entry)))) {
            if (!in.readUTF().equals(fingerprint) || !in.readUTF().equals(sourceHash)) {
                return null;
            }
            int n = in.readInt();
            Map<String, byte[]> out = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                byte[] b = new byte[in.readInt()];
                in.readFully(b);
                out.put(name, b);
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return null; // a damaged entry is compiled again and overwritten
        }
    }

    private void write(Path entry, String sourceHash, Map<String, byte[]> classes) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeUTF(fingerprint);
                out.writeUTF(sourceHash);
                out.writeInt(classes.size());
                for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                    out.writeUTF(c.getKey());
                    out.writeInt(c.getValue().length);
                    out.write(c.getValue());
                }
            }
            Files.createDirectories(dir);
            // written aside and moved: a reader (another server, a test run) never sees half an entry
            Path tmp = Files.createTempFile(dir, "entry", ".tmp");
            Files.write(tmp, bytes.toByteArray());
            Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!writeFailed) {
                writeFailed = true;
                LOG.warn("Compiled scripts cannot be kept in {} ({}); every start compiles them", dir, e.toString());
            }
        }
    }

    /** A hash of the script API's class files, wherever the server's classes are (a jar or a folder). */
    private static String apiFingerprint() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            Path where = Path.of(ScriptCache.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (Files.isDirectory(where)) {
                Path api = where.resolve(API_PACKAGE);
                try (Stream<Path> s = Files.walk(api)) {
                    for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                        md.update(api.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                        md.update(Files.readAllBytes(p));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    List<JarEntry> entries = jar.stream()
                            .filter(e -> e.getName().startsWith(API_PACKAGE) && !e.isDirectory())
                            .sorted(java.util.Comparator.comparing(JarEntry::getName))
                            .toList();
                    for (JarEntry e : entries) {
                        md.update(e.getName().getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = jar.getInputStream(e)) {
                            md.update(in.readAllBytes());
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            // unknown API: a fingerprint no entry has, so nothing stale is ever used
            return "unknown-" + System.nanoTime();
        }
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Defines one script's classes from their bytes. */
    private static final class BytesLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        BytesLoader(ClassLoader parent, Map<String, byte[]> classes) {
            super(parent);
            this.classes = classes;
        }

        Class<?> load(String name) {
            try {
                return loadClass(name);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name);
            if (b == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, b, 0, b.length);
        }
    }
}
