package org.aden.tools.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/** A subcommand that works on the login database: opens it, runs, closes it; bad input exits 2 with one line. */
abstract class LoginDbCommand implements Callable<Integer> {
    @Mixin
    LoginDbOptions db;

    @Override
    public Integer call() {
        try (LoginDbOptions.Session s = db.open()) {
            return run(s);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    abstract int run(LoginDbOptions.Session s);
}
