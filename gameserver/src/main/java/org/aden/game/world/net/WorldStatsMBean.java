package org.aden.game.world.net;

/** The world's health as JMX attributes (org.aden:type=World), read by the bot swarm and by operators. */
public interface WorldStatsMBean {
    int getOnline();

    long getTicks();

    double getTickP50Millis();

    double getTickP99Millis();

    double getTickMaxMillis();

    /** Forgets the recorded tick times (start of a measurement). */
    void resetTickStats();
}
