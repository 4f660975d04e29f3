package org.aden.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * What the bot swarm reads from the server under test: the world's tick statistics (org.aden:type=World)
 * and the process's CPU time and heap over JMX, and its resident memory from /proc when the pid is known.
 */
final class ServerProbe implements AutoCloseable {
    private final JMXConnector connector;
    private final MBeanServerConnection mbeans;
    private final ObjectName world;
    private final ObjectName os;
    private final ObjectName memory;
    private final ObjectName threading;
    private final long pid;

    ServerProbe(String hostPort, long pid) throws IOException {
        JMXServiceURL url = new JMXServiceURL("service:jmx:rmi:///jndi/rmi://" + hostPort + "/jmxrmi");
        this.connector = JMXConnectorFactory.connect(url);
        this.mbeans = connector.getMBeanServerConnection();
        try {
            this.world = new ObjectName("org.aden:type=World");
            this.os = new ObjectName("java.lang:type=OperatingSystem");
            this.memory = new ObjectName("java.lang:type=Memory");
            this.threading = new ObjectName("java.lang:type=Threading");
        } catch (javax.management.MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
        this.pid = pid;
    }

    private Object get(ObjectName n, String attribute) throws IOException {
        try {
            return mbeans.getAttribute(n, attribute);
        } catch (javax.management.JMException e) {
            throw new IOException(e);
        }
    }

    void resetTicks() throws IOException {
        try {
            mbeans.invoke(world, "resetTickStats", null, null);
        } catch (javax.management.JMException e) {
            throw new IOException(e);
        }
    }

    /** World ticks since the start or the last reset. */
    long ticks() throws IOException {
        return (Long) get(world, "Ticks");
    }

    double tickP50() throws IOException {
        return (Double) get(world, "TickP50Millis");
    }

    double tickP99() throws IOException {
        return (Double) get(world, "TickP99Millis");
    }

    double tickMax() throws IOException {
        return (Double) get(world, "TickMaxMillis");
    }

    double tickCpuP50() throws IOException {
        return (Double) get(world, "TickCpuP50Millis");
    }

    double tickCpuP99() throws IOException {
        return (Double) get(world, "TickCpuP99Millis");
    }

    double outboundLagP99() throws IOException {
        return (Double) get(world, "OutboundLagP99Millis");
    }

    double outboundLagMax() throws IOException {
        return (Double) get(world, "OutboundLagMaxMillis");
    }

    int online() throws IOException {
        return (Integer) get(world, "Online");
    }

    /** CPU time of the server process in nanoseconds. */
    long cpuNanos() throws IOException {
        return (Long) get(os, "ProcessCpuTime");
    }

    long heapUsedBytes() throws IOException {
        return (Long) ((CompositeData) get(memory, "HeapMemoryUsage")).get("used");
    }

    /** Live threads of the server process (platform threads; virtual threads are not counted by the JVM here). */
    int threadCount() throws IOException {
        return (Integer) get(threading, "ThreadCount");
    }

    /** A full collection in the server, so that the heap read next is what is really retained. */
    void collectGarbage() throws IOException {
        try {
            mbeans.invoke(memory, "gc", null, null);
        } catch (javax.management.JMException e) {
            throw new IOException(e);
        }
    }

    /** Open file descriptors (sockets included) of the server process, or -1 without a pid or /proc. */
    long openFiles() {
        if (pid <= 0) {
            return -1;
        }
        try (var s = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            return s.count();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Resident set size in bytes, or -1 without a pid. */
    long rssBytes() {
        if (pid <= 0) {
            return -1;
        }
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

    @Override
    public void close() throws IOException {
        connector.close();
    }
}
