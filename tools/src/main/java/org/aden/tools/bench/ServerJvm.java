package org.aden.tools.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A server started as its own JVM by a benchmark, as {@code bin/loginserver.sh} and {@code bin/gameserver.sh} do:
 * this tool's class path, the given JVM options, optionally a JMX agent on loopback, settings through ADEN_*
 * environment variables. Its output goes line by line to a sink; {@link #awaitReady} waits for its {@code ready}
 * line. {@link #close} sends SIGTERM (a clean stop) and kills it after a minute.
 */
final class ServerJvm implements AutoCloseable {
    private final Process process;
    private final long startedNanos;
    private final CompletableFuture<Long> ready = new CompletableFuture<>();

    private ServerJvm(Process process, long startedNanos, Consumer<String> lines) {
        this.process = process;
        this.startedNanos = startedNanos;
        Thread.ofVirtual().name("out-" + process.pid()).start(() -> pump(lines));
    }

    /**
     * @param name the process name (log file name, {@code -Daden.process})
     * @param jmxPort the JMX agent's port on 127.0.0.1, or 0 for none
     * @param extraProperties further {@code -D} options (for example {@code aden.logs.dir})
     * @param home the folder the server runs in (where {@code config/} is)
     */
    static ServerJvm start(
            Path home,
            String name,
            String mainClass,
            String configFile,
            String javaOpts,
            int jmxPort,
            List<String> extraProperties,
            Map<String, String> env,
            Consumer<String> lines)
            throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        if (javaOpts != null && !javaOpts.isBlank()) {
            cmd.addAll(Arrays.asList(javaOpts.trim().split("\\s+")));
        }
        if (jmxPort > 0) {
            cmd.addAll(List.of(
                    "-Dcom.sun.management.jmxremote.port=" + jmxPort,
                    "-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort,
                    "-Dcom.sun.management.jmxremote.authenticate=false",
                    "-Dcom.sun.management.jmxremote.ssl=false",
                    "-Dcom.sun.management.jmxremote.host=127.0.0.1",
                    "-Djava.rmi.server.hostname=127.0.0.1"));
        }
        cmd.add("-Daden.process=" + name);
        cmd.add("-Dlog4j2.configurationFile=config/log4j2.xml");
        extraProperties.forEach(p -> cmd.add("-D" + p));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass, configFile));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .directory(home.toAbsolutePath().toFile());
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        return new ServerJvm(pb.start(), t0, lines);
    }

    private void pump(Consumer<String> lines) {
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.equals("ready")) {
                    ready.complete((System.nanoTime() - startedNanos) / 1_000_000);
                }
                lines.accept(line);
            }
            ready.completeExceptionally(new IOException("the process ended without ready"));
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
    }

    /** Milliseconds from the process start to its ready line. */
    long awaitReady(long timeoutSeconds) throws Exception {
        return ready.get(timeoutSeconds, TimeUnit.SECONDS);
    }

    long pid() {
        return process.pid();
    }

    /** CPU time the process has used so far, in milliseconds (-1 where the OS does not say). */
    long cpuMillis() {
        return process.info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, as {@code kill -9}: the process gets no chance to save or to stop cleanly. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: the server saves and stops cleanly
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
