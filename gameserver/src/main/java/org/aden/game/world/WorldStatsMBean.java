package org.aden.game.world;

/** The world's health as JMX attributes (org.aden:type=World), read by the bot swarm and by operators. */
public interface WorldStatsMBean {
    int getOnline();

    long getTicks();

    double getTickP50Millis();

    double getTickP99Millis();

    double getTickMaxMillis();

    /** CPU time of the world thread per tick, 50th and 99th percentile. */
    double getTickCpuP50Millis();

    double getTickCpuP99Millis();

    /** How long a packet waits on the world-out thread before its socket write, 99th percentile and max. */
    double getOutboundLagP99Millis();

    double getOutboundLagMaxMillis();

    /** World commands applied since the start (or the last reset), by type (the client packet's name). */
    java.util.Map<String, Long> getCommandsApplied();

    /** World commands a guard stopped, by type. */
    java.util.Map<String, Long> getCommandsRefused();

    /** Forgets the recorded tick times (start of a measurement). */
    void resetTickStats();
}
