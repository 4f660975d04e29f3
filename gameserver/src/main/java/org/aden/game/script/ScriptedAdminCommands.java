package org.aden.game.script;

import groovy.lang.GroovyShell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.aden.game.admin.AdminCommand;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.codehaus.groovy.control.CompilationFailedException;

/**
 * Loads GM commands written in Groovy: every {@code *.groovy} file in the folder evaluates to a script-API
 * {@link org.aden.game.script.api.AdminCommand}, adapted here to the engine's {@link AdminCommand}. A script that does not compile or returns something else is reported with its file
 * (and line) and skipped; the others load.
 */
public final class ScriptedAdminCommands {
    private static final Logger LOG = LogManager.getLogger(ScriptedAdminCommands.class);

    private ScriptedAdminCommands() {}

    /**
     * Keeps the registry's GM commands in step with the host's {@code admin/*.groovy}, now and after every {@code
     * //reload scripts}: a recompiled file replaces its command, a new file adds one, a deleted file's command goes,
     * and a file that fails keeps the version that was running (the host keeps it). World thread (or before it runs).
     */
    public static void follow(ScriptHost host, org.aden.game.admin.AdminCommands registry) {
        java.util.Map<String, ScriptedAdminCommand> byName = new java.util.HashMap<>();
        Runnable sync = () -> {
            java.util.Map<String, ScriptedAdminCommand> next = new java.util.HashMap<>();
            for (var c : host.adminCommands().values()) {
                String name = host.call(c, "name", c::name, null);
                if (name == null || next.containsKey(name)) {
                    continue; // the host logged the failure; a second file with the same name loses
                }
                ScriptedAdminCommand holder = byName.remove(name);
                if (holder == null) {
                    holder = new ScriptedAdminCommand(c);
                } else {
                    holder.replace(c);
                }
                next.put(name, holder);
            }
            byName.values().forEach(registry::unregister); // files deleted (or renamed commands)
            byName.clear();
            next.values().forEach(h -> {
                registry.unregister(h); // aliases may have changed
                registry.register(h);
            });
            byName.putAll(next);
        };
        host.onApply(sync);
        sync.run();
    }

    public static List<AdminCommand> load(Path folder) {
        List<AdminCommand> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".groovy")).sorted().toList();
        } catch (IOException e) {
            LOG.warn("Cannot list admin scripts in {}: {}", folder, e.toString());
            return out;
        }
        GroovyShell shell = new GroovyShell(ScriptedAdminCommands.class.getClassLoader());
        for (Path f : files) {
            try {
                Object result = shell.evaluate(f.toFile());
                if (result instanceof org.aden.game.script.api.AdminCommand c) {
                    out.add(new ScriptedAdminCommand(c));
                } else {
                    LOG.warn(
                            "{}: must end with an AdminCommand, got {}",
                            f,
                            result == null ? "null" : result.getClass().getName());
                }
            } catch (CompilationFailedException e) {
                LOG.warn("{} does not compile: {}", f, e.getMessage().replace('\n', ' '));
            } catch (IOException | RuntimeException e) {
                LOG.warn("{} failed to load: {}", f, e.toString());
            }
        }
        if (!out.isEmpty()) {
            LOG.info("Loaded {} scripted admin command(s) from {}", out.size(), folder);
        }
        return out;
    }
}
