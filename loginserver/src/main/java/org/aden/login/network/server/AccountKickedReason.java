package org.aden.login.network.server;

/** AccountKicked reason ints (login.md §5). */
public enum AccountKickedReason {
    DATA_STEALER(0x01),
    GENERIC_VIOLATION(0x08),
    SUSPENDED(0x10),
    PERMANENTLY_BANNED(0x20);

    private final int code;

    AccountKickedReason(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
