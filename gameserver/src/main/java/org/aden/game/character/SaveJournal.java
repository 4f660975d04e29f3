package org.aden.game.character;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.aden.game.actor.Appearance;
import org.aden.game.actor.PlayerState;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Character snapshots the database did not take before a shutdown, kept in a local file (game.save-journal) and
 * written by the next start before it accepts players. Binary, versioned by a magic string; written to a temporary
 * file, synced and moved into place, so a crash while writing leaves the previous journal (or none), never half of
 * one.
 */
public final class SaveJournal {
    private static final Logger LOG = LogManager.getLogger(SaveJournal.class);
    static final String MAGIC = "ADEN-SAVE-JOURNAL-1";

    private final Path file;

    public SaveJournal(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Adds {@code states} to the journal (a newer snapshot of a character replaces one already in it). */
    public synchronized void write(Collection<PlayerState> states) {
        java.util.Map<Integer, PlayerState> byId = new java.util.LinkedHashMap<>();
        read().forEach(s -> byId.put(s.objectId(), s));
        states.forEach(s -> byId.put(s.objectId(), s));
        replace(byId.values());
    }

    /** The journal holds exactly {@code states} afterwards. */
    public synchronized void replace(Collection<PlayerState> states) {
        java.util.Map<Integer, PlayerState> byId = new java.util.LinkedHashMap<>();
        states.forEach(s -> byId.put(s.objectId(), s));
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = dir.resolve(file.getFileName() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeUTF(MAGIC);
                out.writeInt(byId.size());
                for (PlayerState s : byId.values()) {
                    writeState(out, s);
                }
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the save journal " + file, e);
        }
    }

    /** Removes the journal (nothing in it is still unwritten). */
    public synchronized void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the save journal " + file, e);
        }
    }

    /** The snapshots in the journal; empty when there is none. */
    public synchronized List<PlayerState> read() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            String magic = in.readUTF();
            if (!MAGIC.equals(magic)) {
                throw new IOException("not a save journal (starts with '" + magic + "')");
            }
            int n = in.readInt();
            List<PlayerState> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(readState(in));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the save journal " + file, e);
        }
    }

    /**
     * Writes every snapshot of the journal to the database in one transaction, then removes the file; returns how
     * many. If the database fails, the journal stays and the exception stops the start.
     */
    public synchronized int replay(SqlSessionFactory sessions) {
        List<PlayerState> states = read();
        if (states.isEmpty()) {
            return 0;
        }
        try (SqlSession s = sessions.openSession(false)) {
            CharacterMapper m = s.getMapper(CharacterMapper.class);
            states.forEach(m::updateState);
            s.commit();
        }
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException("replayed but could not remove the save journal " + file, e);
        }
        LOG.info("Wrote {} character save(s) kept in {} at the last shutdown", states.size(), file);
        return states.size();
    }

    private static void writeState(DataOutputStream o, PlayerState s) throws IOException {
        o.writeInt(s.objectId());
        o.writeUTF(s.account());
        o.writeUTF(s.name());
        Appearance a = s.appearance();
        o.writeInt(a.race());
        o.writeInt(a.sex());
        o.writeInt(a.baseClassId());
        o.writeInt(a.hairStyle());
        o.writeInt(a.hairColor());
        o.writeInt(a.face());
        o.writeInt(s.classId());
        o.writeInt(s.level());
        o.writeLong(s.exp());
        o.writeInt(s.sp());
        o.writeInt(s.x());
        o.writeInt(s.y());
        o.writeInt(s.z());
        o.writeInt(s.heading());
        o.writeDouble(s.curHp());
        o.writeDouble(s.curMp());
        o.writeDouble(s.curCp());
        o.writeUTF(s.title() == null ? "" : s.title());
        o.writeInt(s.karma());
        o.writeInt(s.pvpKills());
        o.writeInt(s.pkKills());
        o.writeBoolean(s.noble());
        o.writeBoolean(s.hero());
        o.writeInt(s.nameColor());
        o.writeInt(s.titleColor());
        o.writeInt(s.recommendationsLeft());
        o.writeInt(s.recommendationsHave());
        o.writeInt(s.accessLevel());
    }

    private static PlayerState readState(DataInputStream i) throws IOException {
        int objectId = i.readInt();
        String account = i.readUTF();
        String name = i.readUTF();
        Appearance a = new Appearance(i.readInt(), i.readInt(), i.readInt(), i.readInt(), i.readInt(), i.readInt());
        return new PlayerState(
                objectId,
                account,
                name,
                a,
                i.readInt(),
                i.readInt(),
                i.readLong(),
                i.readInt(),
                i.readInt(),
                i.readInt(),
                i.readInt(),
                i.readInt(),
                i.readDouble(),
                i.readDouble(),
                i.readDouble(),
                i.readUTF(),
                i.readInt(),
                i.readInt(),
                i.readInt(),
                i.readBoolean(),
                i.readBoolean(),
                i.readInt(),
                i.readInt(),
                i.readInt(),
                i.readInt(),
                i.readInt());
    }
}
