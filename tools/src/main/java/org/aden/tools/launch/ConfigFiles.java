package org.aden.tools.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.aden.common.config.ConfigSpec;
import org.aden.game.GameConfig;
import org.aden.login.LoginConfig;

/**
 * The shipped config files are rendered from the typed specs, so every key is documented with its real default
 * and the files never drift from the code (a test compares them). Regenerate after adding a key:
 * {@code ./mvnw -q -DskipTests package && java -cp "tools/target/lib/*:tools/target/classes" org.aden.tools.launch.ConfigFiles}
 */
public final class ConfigFiles {
    public static final Map<String, ConfigSpec> FILES = Map.of(
            "loginserver.properties", LoginConfig.SPEC,
            "gameserver.properties", GameConfig.SPEC);

    private ConfigFiles() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "config");
        for (var e : FILES.entrySet()) {
            Path f = dir.resolve(e.getKey());
            Files.writeString(f, e.getValue().render(), StandardCharsets.UTF_8);
            System.out.println("wrote " + f);
        }
    }
}
