package org.aden.tools.standalone;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's memory for the startup summary: resident set (Linux /proc) and the Java heap in use. */
public final class ProcessMemory {
    private ProcessMemory() {}

    /** Resident set size of a process in bytes, -1 where /proc is not there (Windows, macOS). */
    public static long rssBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** "RSS 312 MiB, heap used 140 MiB" (RSS left out where it cannot be read). */
    public static String summary() {
        long rss = rssBytes(ProcessHandle.current().pid());
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return (rss >= 0 ? "RSS " + (rss >> 20) + " MiB, " : "") + "heap used " + (heap >> 20) + " MiB";
    }
}
