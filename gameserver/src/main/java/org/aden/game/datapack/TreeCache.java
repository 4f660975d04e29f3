package org.aden.game.datapack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Parsed datapack files kept on disk between starts, so that an unchanged file skips the XML parser and its schema
 * validation: one entry per part ({@code <dir>/<part>.tree}) holding, per file, the SHA-256 of its bytes and its
 * validated tree in a compact binary form. A file's tree is taken only when its bytes hash the same, and the entry
 * only while the schemas, the Java version and the code that builds trees are those that wrote it; anything else,
 * or an entry whose checksum does not match, means parsing as without the cache. Only files that validated are
 * kept, so a broken file is reported again on every start. The checks beyond the schemas run on cached trees too.
 */
public final class TreeCache {
    private static final Logger LOG = LogManager.getLogger(TreeCache.class);
    private static final int FORMAT = 1;
    private static final byte[] MAGIC = "ADEN-TREES".getBytes(StandardCharsets.US_ASCII);

    private final Path dir;
    private final String fingerprint;
    private final java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean writeFailed;

    /** @param schemaDir every schema there is part of the key (a schema's defaults are in the trees) */
    TreeCache(Path dir, Path schemaDir) {
        this.dir = dir;
        this.fingerprint = "format " + FORMAT + ", java " + Runtime.version() + ", code " + codeFingerprint()
                + ", schemas " + schemaFingerprint(schemaDir);
    }

    /** The entry of one part as last stored (empty when there is none or it does not match). */
    Part open(String folder) {
        Path file = dir.resolve(folder + ".tree");
        Map<String, Stored> stored = new HashMap<>();
        if (Files.isRegularFile(file)) {
            try {
                readEntry(Files.readAllBytes(file), stored);
            } catch (IOException | RuntimeException e) {
                stored.clear(); // damaged: every file is parsed again and the entry rewritten
            }
        }
        return new Part(file, stored);
    }

    /** How many files were taken from the cache so far. */
    int hits() {
        return hits.get();
    }

    static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Stored(byte[] hash, byte[] tree) {}

    /** One part's cached files: looked up and filled from the threads that parse the part's files. */
    final class Part {
        private final Path file;
        private final Map<String, Stored> stored;
        private final Map<String, Stored> seen = new ConcurrentHashMap<>();
        private volatile boolean changed;

        private Part(Path file, Map<String, Stored> stored) {
            this.file = file;
            this.stored = stored;
        }

        /** The tree of {@code name} (its path in the part) when its bytes still hash to {@code hash}, or null. */
        XmlElement get(String name, byte[] hash, Path path) {
            Stored s = stored.get(name);
            if (s == null || !Arrays.equals(s.hash, hash)) {
                return null;
            }
            try {
                XmlElement tree = TreeCodec.decode(s.tree, path);
                seen.put(name, s);
                hits.incrementAndGet();
                return tree;
            } catch (RuntimeException e) {
                return null; // damaged: parsed again
            }
        }

        /** A freshly parsed (hence valid) tree, kept for the next start. */
        void put(String name, byte[] hash, XmlElement tree) {
            seen.put(name, new Stored(hash, TreeCodec.encode(tree)));
            changed = true;
        }

        /** Writes the entry when a file was parsed or is gone: it then holds exactly the files read this time. */
        void store() {
            if (!changed && seen.keySet().equals(stored.keySet())) {
                return;
            }
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                bytes.write(MAGIC);
                TreeCodec.writeString(bytes, fingerprint);
                List<String> names = new ArrayList<>(seen.keySet());
                names.sort(null);
                TreeCodec.writeVarint(bytes, names.size());
                for (String name : names) {
                    Stored s = seen.get(name);
                    TreeCodec.writeString(bytes, name);
                    bytes.write(s.hash);
                    TreeCodec.writeVarint(bytes, s.tree.length);
                    bytes.write(s.tree);
                }
                // a checksum of the whole entry: bytes damaged on disk are never decoded into a tree they are not
                byte[] payload = bytes.toByteArray();
                bytes.write(crc(payload, payload.length));
                Files.createDirectories(dir);
                // written aside and moved: another server or a test run never reads half an entry
                Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
                Files.write(tmp, bytes.toByteArray());
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!writeFailed) {
                    writeFailed = true;
                    LOG.warn("Parsed datapack files cannot be kept in {} ({}); every start parses them", dir, e);
                }
            }
        }
    }

    private static byte[] crc(byte[] b, int length) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(b, 0, length);
        long v = crc.getValue();
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    private void readEntry(byte[] whole, Map<String, Stored> into) {
        if (whole.length < 4
                || !Arrays.equals(
                        crc(whole, whole.length - 4), Arrays.copyOfRange(whole, whole.length - 4, whole.length))) {
            return;
        }
        TreeCodec.Reader in = new TreeCodec.Reader(whole, whole.length - 4);
        if (!Arrays.equals(in.bytes(MAGIC.length), MAGIC) || !in.string().equals(fingerprint)) {
            return;
        }
        int n = in.count();
        for (int i = 0; i < n; i++) {
            String name = in.string();
            byte[] hash = in.bytes(32);
            byte[] tree = in.bytes(in.count());
            into.put(name, new Stored(hash, tree));
        }
        if (!in.atEnd()) {
            throw new IllegalStateException("trailing bytes");
        }
    }

    /** The class files that turn XML into trees and trees into bytes: a change to any of them is a new key. */
    private static String codeFingerprint() {
        MessageDigest md = digest();
        for (Class<?> c : List.of(XmlDatapack.class, XmlElement.class, TreeCodec.class, TreeCache.class)) {
            String resource = c.getSimpleName() + ".class";
            try (InputStream in = c.getResourceAsStream(resource)) {
                if (in == null) {
                    return "unknown-" + System.nanoTime(); // no entry ever matches: nothing stale is used
                }
                md.update(in.readAllBytes());
            } catch (IOException e) {
                return "unknown-" + System.nanoTime();
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static String schemaFingerprint(Path schemaDir) {
        MessageDigest md = digest();
        try (Stream<Path> s = Files.list(schemaDir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                md.update(p.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(p));
            }
        } catch (IOException e) {
            return "unknown-" + System.nanoTime();
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
