package org.aden.login.network.server;

/** PlayFail reason codes (login.md §5). */
public enum PlayFailReason {
    SYSTEM_ERROR(0x01),
    /** Access level too low for a GM-only server (ACIS numbering, as for LoginFail). */
    ACCESS_FAILED(0x04),
    /** What REF answers for a full or unreachable server; the client shows "server overloaded". */
    TOO_MANY_PLAYERS(0x0F);

    private final int code;

    PlayFailReason(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
