package org.aden.tools.standalone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aden.tools.launch.StartupFailure;
import org.apache.logging.log4j.LogManager;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./run.sh}: a whole shard in one process — embedded MariaDB (unless db.url is configured), the login
 * server and one game server registered with it. Stops cleanly on Ctrl-C / SIGTERM with exit code 0.
 */
@Command(
        name = "run.sh",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = Standalone.Version.class,
        description = "Starts a standalone Aden shard: embedded MariaDB, login server and one game server.%n"
                + "Settings come from config/loginserver.properties and config/gameserver.properties "
                + "(then ADEN_* environment variables); the options below override both.")
public final class Standalone implements Callable<Integer> {
    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Where the embedded database keeps its data " + "(default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of("data");

    @Option(
            names = "--config-dir",
            paramLabel = "DIR",
            description =
                    "Folder with loginserver.properties and " + "gameserver.properties (default: ${DEFAULT-VALUE}).")
    Path configDir = Path.of("config");

    @Option(names = "--login-port", paramLabel = "PORT", description = "Login server port for clients (default 2106).")
    Integer loginPort;

    @Option(names = "--game-port", paramLabel = "PORT", description = "Game server port for clients (default 7777).")
    Integer gamePort;

    @Option(
            names = "--link-port",
            paramLabel = "PORT",
            description = "Login server port for game servers, on " + "127.0.0.1 (default 9014).")
    Integer linkPort;

    @Option(
            names = "--advertise",
            paramLabel = "[SUBNET=]ADDRESS",
            description = "Address the server list gives clients for the game server (default 127.0.0.1; use your LAN"
                    + " or public address for remote players). Repeat with SUBNET=ADDRESS for clients from a subnet,"
                    + " e.g. --advertise 203.0.113.5 --advertise 192.168.0.0/16=192.168.1.20 (first match wins).")
    List<String> advertise = new ArrayList<>();

    @Option(
            names = "--admin",
            paramLabel = "NAME",
            description = "Make NAME an administrator (access level 100) before the shard starts: a new account"
                    + " is created (its password from --admin-password or asked for), an existing one promoted.")
    String admin;

    @Option(
            names = "--admin-password",
            paramLabel = "PW",
            description = "The password for --admin (4-16 printable characters); an existing account's is replaced.")
    String adminPassword;

    @Option(
            names = "--db-port",
            paramLabel = "PORT",
            description = "Port of the embedded MariaDB on 127.0.0.1 " + "(default: any free port).")
    Integer dbPort;

    public static void main(String[] args) {
        System.setProperty("aden.process", "standalone");
        int code = new CommandLine(new Standalone()).execute(args);
        if (code == 2) {
            code = 1; // a bad option did not start anything; 2 means "restart me" to run.sh's loop (//restart)
        }
        if (code != 0) {
            LogManager.shutdown();
            System.exit(code);
        }
        // code 0 from call(): the shard runs until a signal stops it
    }

    @Override
    public Integer call() {
        Map<String, String> login = new HashMap<>();
        Map<String, String> game = new HashMap<>();
        String dbDir = dataDir.resolve("mariadb").toString();
        login.put("db.embedded.dir", dbDir);
        game.put("db.embedded.dir", dbDir);
        game.put("game.save-journal", dataDir.resolve("game-save-journal").toString());
        if (dbPort != null) {
            login.put("db.embedded.port", dbPort.toString());
        }
        if (loginPort != null) {
            login.put(ShardKeys.LOGIN_CLIENT_PORT, loginPort.toString());
        }
        if (linkPort != null) {
            login.put(ShardKeys.LOGIN_LINK_PORT, linkPort.toString());
        }
        if (gamePort != null) {
            game.put(ShardKeys.GAME_PORT, gamePort.toString());
        }
        List<String> subnets = new ArrayList<>();
        for (String a : advertise) {
            if (a.contains("=")) {
                subnets.add(a);
            } else {
                game.put(ShardKeys.GAME_ADVERTISE, a);
            }
        }
        if (!subnets.isEmpty()) {
            game.put(ShardKeys.GAME_ADVERTISE_SUBNETS, String.join(",", subnets));
        }
        try {
            Files.createDirectories(dataDir);
            Shard shard = Shard.start(configDir, login, game, admin());
            Runnable stop = () -> {
                shard.close();
                LogManager.shutdown();
            };
            Signals.onTerminate(stop);
            return 0;
        } catch (Exception e) {
            return failed(e, 1);
        }
    }

    private static int failed(Exception e, int code) {
        String line = "Aden did not start: " + StartupFailure.describe(e);
        System.err.println(line);
        LogManager.getLogger(Standalone.class).error(StartupFailure.MARKER, line);
        return code;
    }

    /**
     * --admin NAME: the password from --admin-password, else asked for on the terminal (empty keeps an existing
     * account's password; a new account needs one).
     */
    private Shard.Admin admin() {
        if (admin == null) {
            if (adminPassword != null) {
                throw new IllegalArgumentException("--admin-password needs --admin NAME");
            }
            return null;
        }
        String pw = adminPassword;
        if (pw == null && System.console() != null) {
            char[] typed = System.console()
                    .readPassword("Password for administrator %s (Enter keeps an existing account's): ", admin);
            pw = typed == null || typed.length == 0 ? null : new String(typed);
        }
        return new Shard.Admin(admin, pw);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Aden " + Shard.version()};
        }
    }
}
