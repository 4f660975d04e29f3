package org.aden.common.link;

import java.util.random.RandomGenerator;

/**
 * The four ints the login server issues per login (login.md §6): loginOk1/2 in LoginOk, playOk1/2 in PlayOk.
 * The client presents all four to the game server in AuthLogin (as playOk2, playOk1, loginOk1, loginOk2),
 * and the game server asks the login server over the link whether they are valid.
 */
public record SessionKey(int loginOk1, int loginOk2, int playOk1, int playOk2) {
    public static SessionKey random(RandomGenerator random) {
        return new SessionKey(random.nextInt(), random.nextInt(), random.nextInt(), random.nextInt());
    }

    @Override
    public String toString() {
        return "SessionKey[****]"; // never log key material
    }
}
