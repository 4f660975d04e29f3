package org.aden.tools.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.aden.common.db.DatabaseException;
import org.aden.common.db.DatabaseSettings;
import org.aden.common.db.EmbeddedMariaDb;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code aden db backup FILE} / {@code aden db restore FILE}: both schemas (aden_login and aden_game) in one SQL
 * file, gzipped when the name ends in .gz. The dump is mariadb-dump with --single-transaction, so it is consistent
 * while the servers run (and across both schemas when they share one server, as in a standalone shard). Restore
 * replaces both schemas and needs the servers stopped.
 */
@Command(
        name = "db",
        description = "Back up and restore the login and game databases.",
        mixinStandardHelpOptions = true,
        subcommands = {BackupCommand.Backup.class, BackupCommand.Restore.class})
final class BackupCommand {
    private static final String HEADER = "-- Aden backup";
    private static final Pattern HEADER_LINE = Pattern.compile("^-- Aden backup: login=(\\S+) game=(\\S+)");
    private static final Pattern URL = Pattern.compile("^jdbc:(?:mariadb|mysql)://([^/:?]+)(?::(\\d+))?/([^?]*)(.*)$");

    /** host, port and schema of a JDBC URL, for mariadb-dump and for reconnecting without a schema. */
    record Where(String host, int port, String schema, String params, DatabaseSettings settings) {
        static Where of(DatabaseSettings s) {
            Matcher m = URL.matcher(s.jdbcUrl());
            if (!m.matches()) {
                throw new CliException(CliException.USAGE, "cannot read host and schema from " + s.jdbcUrl());
            }
            return new Where(
                    m.group(1), m.group(2) == null ? 3306 : Integer.parseInt(m.group(2)), m.group(3), m.group(4), s);
        }

        boolean sameServer(Where o) {
            return host.equals(o.host) && port == o.port;
        }

        Connection connectWithoutSchema() throws SQLException {
            return DriverManager.getConnection(
                    "jdbc:mariadb://" + host + ":" + port + "/" + params, settings.user(), settings.password());
        }
    }

    @Command(name = "backup", description = "Write both schemas to FILE (.sql, or .sql.gz compressed).")
    static final class Backup extends DbCommand {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        int run(Databases dbs) {
            DbOptions.Target loginT = where.login();
            DbOptions.Target gameT = where.game();
            Where login = Where.of(dbs.settings(loginT));
            Where game = Where.of(dbs.settings(gameT));
            // open (and migrate) both, so that a fresh database still gives a complete, restorable backup
            dbs.open(loginT, List.of());
            dbs.open(gameT, List.of());
            Path dump = dumpBinary(loginT);
            try {
                Path parent = file.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Path tmp = parent.resolve(file.getFileName() + ".partial");
                try (OutputStream out = open(tmp)) {
                    out.write((HEADER + ": login=" + login.schema() + " game=" + game.schema() + " at " + Instant.now()
                                    + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                    if (login.sameServer(game)) {
                        runDump(dump, login, List.of(login.schema(), game.schema()), out);
                    } else {
                        runDump(dump, login, List.of(login.schema()), out);
                        runDump(dump, game, List.of(game.schema()), out);
                    }
                }
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                System.out.printf(
                        "Backed up %s and %s to %s (%d KiB)%n",
                        login.schema(), game.schema(), file, Files.size(file) / 1024);
                return 0;
            } catch (IOException e) {
                throw new CliException(CliException.DATABASE, "backup to " + file + " failed: " + e.getMessage());
            }
        }

        private OutputStream open(Path f) throws IOException {
            OutputStream o = Files.newOutputStream(f);
            return file.toString().endsWith(".gz") ? new GZIPOutputStream(o) : o;
        }

        /** The embedded server's own mariadb-dump, else the one on the PATH. */
        private static Path dumpBinary(DbOptions.Target t) {
            if (t.embedded()) {
                Path bundled = t.embeddedDir().resolve("base").resolve("bin").resolve("mariadb-dump");
                if (Files.isExecutable(bundled)) {
                    return bundled;
                }
            }
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                for (String name : new String[] {"mariadb-dump", "mysqldump"}) {
                    Path p = Path.of(dir, name);
                    if (Files.isExecutable(p)) {
                        return p;
                    }
                }
            }
            throw new CliException(
                    CliException.DATABASE,
                    "mariadb-dump not found: install the MariaDB client (e.g. apt-get install mariadb-client)");
        }

        private static void runDump(Path binary, Where w, List<String> schemas, OutputStream out) throws IOException {
            Path options = Files.createTempFile("aden-dump", ".cnf");
            try {
                Files.writeString(
                        options,
                        "[client]\nuser=" + w.settings().user() + "\npassword="
                                + w.settings().password() + "\n");
                List<String> cmd = new ArrayList<>(List.of(
                        binary.toString(),
                        "--defaults-extra-file=" + options,
                        "--host=" + w.host(),
                        "--port=" + w.port(),
                        "--protocol=TCP",
                        "--single-transaction",
                        "--routines",
                        "--triggers",
                        "--default-character-set=utf8mb4",
                        "--databases"));
                cmd.addAll(schemas);
                Process p = new ProcessBuilder(cmd).start();
                p.getOutputStream().close();
                Thread err = Thread.ofVirtual().start(() -> drain(p.getErrorStream()));
                p.getInputStream().transferTo(out);
                int code = p.waitFor();
                err.join();
                if (code != 0) {
                    throw new IOException("mariadb-dump exited with " + code + ": " + lastError);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            } finally {
                Files.deleteIfExists(options);
            }
        }

        private static volatile String lastError = "";

        private static void drain(InputStream in) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String l;
                while ((l = r.readLine()) != null) {
                    lastError = l;
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }
    }

    @Command(
            name = "restore",
            description = "Replace both schemas with a backup made by 'db backup'. Stop the servers first.")
    static final class Restore extends DbCommand {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        int run(Databases dbs) {
            if (!Files.isRegularFile(file)) {
                throw new CliException(CliException.NOT_FOUND, file + ": no such file");
            }
            DbOptions.Target loginT = where.login();
            DbOptions.Target gameT = where.game();
            for (DbOptions.Target t : List.of(loginT, gameT)) {
                var running = t.embedded()
                        ? EmbeddedMariaDb.findRunning(t.embeddedDir())
                        : java.util.Optional.<EmbeddedMariaDb.Running>empty();
                if (running.isPresent()) {
                    throw new CliException(
                            CliException.USAGE,
                            "the database under " + t.embeddedDir() + " is in use by process "
                                    + running.get().ownerPid() + ": stop the servers before restoring");
                }
            }
            Where login = Where.of(dbs.settings(loginT));
            Where game = Where.of(dbs.settings(gameT));
            try (BufferedReader in = new BufferedReader(new InputStreamReader(open(), StandardCharsets.UTF_8))) {
                String first = in.readLine();
                Matcher h = first == null ? null : HEADER_LINE.matcher(first);
                if (h == null || !h.find()) {
                    throw new CliException(CliException.USAGE, file + " is not a backup made by 'aden db backup'");
                }
                Map<String, Where> targets = new LinkedHashMap<>();
                targets.put(h.group(1), login);
                targets.put(h.group(2), game);
                long statements = load(in, targets);
                System.out.printf(
                        "Restored %s and %s from %s (%d statements)%n",
                        login.schema(), game.schema(), file, statements);
                return 0;
            } catch (IOException e) {
                throw new CliException(CliException.USAGE, "cannot read " + file + ": " + e.getMessage());
            } catch (SQLException e) {
                throw new DatabaseException("restore from " + file + " failed: " + e.getMessage(), e);
            }
        }

        private InputStream open() throws IOException {
            InputStream i = Files.newInputStream(file);
            return file.toString().endsWith(".gz") ? new GZIPInputStream(i) : i;
        }

        /**
         * Runs the dump's statements, each on the server of the schema its USE line names (renamed to the
         * configured schema). A statement ends with ';' at the end of a line: mariadb-dump writes newlines inside
         * values as \n, and our schemas have no routines (a DELIMITER line is refused).
         */
        private static long load(BufferedReader in, Map<String, Where> targets) throws IOException, SQLException {
            Pattern use = Pattern.compile("^USE `([^`]+)`;$");
            Pattern create = Pattern.compile("^CREATE DATABASE .*`([^`]+)`.*;$");
            Map<String, Connection> open = new LinkedHashMap<>();
            List<String> preamble = new ArrayList<>(); // the dump's session settings (charset, no FK checks, ...)
            Connection current = null;
            long count = 0;
            try {
                StringBuilder stmt = new StringBuilder();
                String line;
                while ((line = in.readLine()) != null) {
                    if (stmt.isEmpty() && (line.isBlank() || line.startsWith("--"))) {
                        continue;
                    }
                    if (line.startsWith("DELIMITER")) {
                        throw new IOException("the backup holds routines (DELIMITER), which restore does not support");
                    }
                    Matcher c = create.matcher(line);
                    Matcher u = use.matcher(line);
                    if (stmt.isEmpty() && (c.matches() || u.matches())) {
                        String source = c.matches() ? c.group(1) : u.group(1);
                        Where w = targets.get(source);
                        if (w == null) {
                            throw new IOException("the backup names a schema '" + source + "' that is not ours");
                        }
                        if (!open.containsKey(source)) {
                            Connection conn = w.connectWithoutSchema();
                            open.put(source, conn);
                            try (Statement s = conn.createStatement()) {
                                s.execute("DROP DATABASE IF EXISTS `" + w.schema() + "`");
                                s.execute("CREATE DATABASE `" + w.schema()
                                        + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                                s.execute("USE `" + w.schema() + "`");
                                for (String p : preamble) {
                                    s.execute(p);
                                }
                            }
                        }
                        current = open.get(source);
                        continue;
                    }
                    stmt.append(line).append('\n');
                    if (line.endsWith(";")) {
                        if (current == null) {
                            preamble.add(stmt.toString());
                        } else {
                            try (Statement s = current.createStatement()) {
                                s.execute(stmt.toString());
                            }
                            count++;
                        }
                        stmt.setLength(0);
                    }
                }
            } finally {
                for (Connection c : open.values()) {
                    c.close();
                }
            }
            if (open.size() < targets.size()) {
                throw new IOException("the backup does not hold both schemas " + targets.keySet());
            }
            return count;
        }
    }

    private BackupCommand() {}
}
