package org.aden.tools.bench;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of the benchmarks that run a shard as separate processes ({@link ShardJvms}). */
final class ShardOptions {
    @Option(names = "--datapack", description = "Datapack folder (default ${DEFAULT-VALUE}).")
    Path datapack = Path.of("datapack");

    @Option(
            names = "--home",
            description = "The Aden folder the servers run in, with their config/ (default: this folder).")
    Path home = Path.of("").toAbsolutePath();

    @Option(
            names = "--java-opts",
            description = "JVM options of both servers (default: the launchers', ${DEFAULT-VALUE}).")
    String javaOpts = "-XX:+UseG1GC -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10";
}
