package org.aden.common.link;

import java.io.IOException;
import java.util.random.RandomGenerator;
import org.aden.common.link.LinkMessage.Hello;
import org.aden.common.link.LinkMessage.Register;
import org.aden.common.link.LinkMessage.RegisterFail;
import org.aden.common.link.LinkMessage.RegisterFailReason;
import org.aden.common.link.LinkMessage.RegisterOk;
import org.aden.common.net.MalformedPacketException;

/**
 * The link's challenge-response, both ends. Login: {@link #challenge} → game: {@link #register} → login:
 * {@link #proofValid} then {@link #accept} or {@link #refuse}. Each side proves knowledge of the shared secret with
 * an HMAC over both random nonces and the server id; the secret is never sent. After acceptance both ends tag every
 * message (see {@link LinkConnection}).
 */
public final class LinkHandshake {
    private LinkHandshake() {}

    // ---- login side ----

    /** Sends Hello with a fresh nonce and returns that nonce. */
    public static byte[] challenge(LinkConnection c, RandomGenerator random) throws IOException {
        byte[] nonce = new byte[LinkMessage.NONCE_LENGTH];
        random.nextBytes(nonce);
        c.send(new Hello(LinkMessage.VERSION, nonce));
        return nonce;
    }

    /** Reads the game server's Register; anything else is a protocol error. */
    public static Register awaitRegister(LinkConnection c) throws IOException {
        LinkMessage m = c.receive();
        if (m instanceof Register r) {
            return r;
        }
        throw new MalformedPacketException(
                "expected Register, got " + m.getClass().getSimpleName());
    }

    public static boolean proofValid(String secret, byte[] serverNonce, Register r) {
        return r.nonce().length == LinkMessage.NONCE_LENGTH
                && Hmac.equal(Hmac.registerProof(secret, serverNonce, r.nonce(), r.serverId()), r.proof());
    }

    public static void accept(LinkConnection c, String secret, byte[] serverNonce, Register r) throws IOException {
        c.send(new RegisterOk(r.serverId(), Hmac.acceptProof(secret, serverNonce, r.nonce(), r.serverId())));
        c.authenticate(Hmac.sessionKey(secret, serverNonce, r.nonce()));
    }

    public static void refuse(LinkConnection c, RegisterFailReason reason, String detail) throws IOException {
        c.send(new RegisterFail(reason, detail));
    }

    // ---- game side ----

    /** Thrown when the login server refuses a registration or cannot prove it knows the secret. */
    public static final class RegistrationRefused extends IOException {
        private final RegisterFailReason reason;

        public RegistrationRefused(RegisterFailReason reason, String detail) {
            super(reason + ": " + detail, null);
            this.reason = reason;
        }

        public RegisterFailReason reason() {
            return reason;
        }
    }

    /** Answers the login server's Hello and waits for the verdict; on success the connection is authenticated. */
    public static void register(
            LinkConnection c, String secret, int serverId, String advertisedHost, int gamePort, RandomGenerator random)
            throws IOException {
        LinkMessage first = c.receive();
        if (!(first instanceof Hello hello)) {
            throw new MalformedPacketException(
                    "expected Hello, got " + first.getClass().getSimpleName());
        }
        if (hello.version() != LinkMessage.VERSION) {
            throw new RegistrationRefused(
                    RegisterFailReason.BAD_VERSION,
                    "login server speaks link version " + hello.version() + ", we speak " + LinkMessage.VERSION);
        }
        byte[] nonce = new byte[LinkMessage.NONCE_LENGTH];
        random.nextBytes(nonce);
        c.send(new Register(
                LinkMessage.VERSION,
                serverId,
                nonce,
                Hmac.registerProof(secret, hello.nonce(), nonce, serverId),
                advertisedHost,
                gamePort));
        LinkMessage answer = c.receive();
        if (answer instanceof RegisterFail fail) {
            throw new RegistrationRefused(fail.reason(), fail.detail());
        }
        if (!(answer instanceof RegisterOk ok)) {
            throw new MalformedPacketException(
                    "expected RegisterOk, got " + answer.getClass().getSimpleName());
        }
        if (!Hmac.equal(Hmac.acceptProof(secret, hello.nonce(), nonce, serverId), ok.proof())) {
            throw new RegistrationRefused(
                    RegisterFailReason.BAD_SECRET, "login server could not prove the shared secret");
        }
        c.authenticate(Hmac.sessionKey(secret, hello.nonce(), nonce));
    }
}
