package org.aden.login.network.server;

/**
 * LoginFail reason codes (login.md §5). REF (shared with later chronicles) and ACIS (Interlude-only) number some
 * codes differently; where they disagree we take ACIS's Interlude numbering (access failed = 0x04, not REF's 0x15)
 * because that is the list an Interlude client was built against. Codes both agree on are unchanged.
 */
public enum LoginFailReason {
    SYSTEM_ERROR(0x01),
    /** Wrong password, and also an unknown account: answering the same way does not reveal which names exist. */
    USER_OR_PASS_WRONG(0x02),
    /** Older (ACIS) numbering; REF uses 0x15. Also used for a temporary brute-force block ("try again later"). */
    ACCESS_FAILED(0x04),
    /** REF's answer to a banned IP address. */
    NOT_AUTHED(0x06),
    ACCOUNT_IN_USE(0x07),
    SERVER_OVERLOADED(0x0F),
    SERVER_MAINTENANCE(0x10);

    private final int code;

    LoginFailReason(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
