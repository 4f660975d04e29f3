package org.aden.tools.standalone;

import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * Ctrl-C and SIGTERM run the clean stop once and exit 0. A plain shutdown hook would exit 130/143,
 * which hosts' supervisors read as a crash.
 */
public final class Signals {
    private Signals() {}

    public static void onTerminate(Runnable stop) {
        AtomicBoolean stopping = new AtomicBoolean();
        Runnable once = () -> {
            if (stopping.compareAndSet(false, true)) {
                stop.run();
            }
        };
        for (String name : new String[] {"INT", "TERM"}) {
            Signal.handle(new Signal(name), s -> {
                Thread t = new Thread(
                        () -> {
                            once.run();
                            Runtime.getRuntime().halt(0);
                        },
                        "shutdown");
                t.start();
            });
        }
        // anything else that ends the JVM (System.exit from an admin command) still stops cleanly
        Runtime.getRuntime().addShutdownHook(new Thread(once, "shutdown-hook"));
    }
}
