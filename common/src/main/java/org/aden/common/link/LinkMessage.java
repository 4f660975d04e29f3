package org.aden.common.link;

import java.util.List;
import org.aden.common.net.MalformedPacketException;
import org.aden.common.net.PacketReader;
import org.aden.common.net.PacketWriter;

/**
 * Every message of the login ⇄ game server link (our own protocol; loginserver-gameserver-link.md lists what has
 * to flow). Each is a record that writes its opcode first; {@link #read} decodes by opcode and bounds-checks.
 * Direction is given per type: L→G (login to game) or G→L.
 */
public sealed interface LinkMessage {
    /** Link protocol version; both sides refuse a different one. 2: Kick reason, access level, bans, addresses. */
    int VERSION = 2;

    int NONCE_LENGTH = 32;
    int MAX_ACCOUNT = 32;
    int MAX_TEXT = 255;

    void write(PacketWriter w);

    default byte[] encode() {
        PacketWriter w = new PacketWriter();
        write(w);
        return w.toByteArray();
    }

    /** L→G, first message on a new link: the login server's challenge. */
    record Hello(int version, byte[] nonce) implements LinkMessage {
        public void write(PacketWriter w) {
            w.writeC(0x01).writeD(version).writeB(nonce);
        }
    }

    /**
     * G→L answer to Hello: the server id it wants, its own nonce, and proof = HMAC(secret, both nonces + id); the
     * secret itself never crosses the wire. Also the address and port clients are sent to.
     */
    record Register(int version, int serverId, byte[] nonce, byte[] proof, String advertisedHost, int gamePort)
            implements LinkMessage {
        public void write(PacketWriter w) {
            w.writeC(0x02)
                    .writeD(version)
                    .writeC(serverId)
                    .writeB(nonce)
                    .writeB(proof)
                    .writeS(advertisedHost)
                    .writeH(gamePort);
        }
    }

    /** L→G: registration accepted; proof lets the game server check it talks to a login server with the secret. */
    record RegisterOk(int serverId, byte[] proof) implements LinkMessage {
        public void write(PacketWriter w) {
            w.writeC(0x03).writeC(serverId).writeB(proof);
        }
    }

    /** L→G: registration refused (the link is closed right after). */
    record RegisterFail(RegisterFailReason reason, String detail) implements LinkMessage {
        public void write(PacketWriter w) {
            w.writeC(0x04).writeC(reason.ordinal()).writeS(detail);
        }
    }

    /** G→L: current status, after registration and whenever it changes. */
    record StatusUpdate(GameServerStatus status) implements LinkMessage {
        public void write(PacketWriter w) {
            GameServerStatus s = status;
            w.writeC(0x10)
                    .writeC(s.up() ? 1 : 0)
                    .writeD(s.onlinePlayers())
                    .writeD(s.maxPlayers())
                    .writeC(s.ageLimit())
                    .writeC(s.pvp() ? 1 : 0)
                    .writeD(s.serverType())
                    .writeC(s.showBrackets() ? 1 : 0)
                    .writeC(s.gmOnly() ? 1 : 0);
        }
    }

    /** G→L: is this session key valid for this account? Answered by {@link VerifyResult} with the same id. */
    record VerifySession(long requestId, String account, SessionKey key) implements LinkMessage {
        public void write(PacketWriter w) {
            w.writeC(0x11)
                    .writeQ(requestId)
                    .writeS(account)
                    .writeD(key.loginOk1())
                    .writeD(key.loginOk2())
                    .writeD(key.playOk1())
                    .writeD(key.playOk2());
        }
    }

    /**
     * L→G: the answer; a valid key is forgotten by the login server once answered (one use). {@code accessLevel}
     * is the account's (0 player, > 0 GM): its characters inherit it unless they have their own.
     */
    record VerifyResult(long requestId, String account, boolean valid, int accessLevel) implements LinkMessage {
        public VerifyResult(long requestId, String account, boolean valid) {
            this(requestId, account, valid, 0);
        }

        public void write(PacketWriter w) {
            w.writeC(0x12)
                    .writeQ(requestId)
                    .writeS(account)
                    .writeC(valid ? 1 : 0)
                    .writeD(accessLevel);
        }
    }

    /** G→L: an account entered this game server. */
    record PlayerEntered(String account) implements LinkMessage {
        public void write(PacketWriter w) {
            w.writeC(0x13).writeS(account);
        }
    }

    /** G→L: an account left this game server. */
    record PlayerLeft(String account) implements LinkMessage {
        public void write(PacketWriter w) {
            w.writeC(0x14).writeS(account);
        }
    }

    /** G→L, after every (re)registration: the complete set of accounts in game, replacing what the login server knew. */
    record PlayersOnline(List<String> accounts) implements LinkMessage {
        public PlayersOnline {
            accounts = List.copyOf(accounts);
        }

        public void write(PacketWriter w) {
            w.writeC(0x15).writeD(accounts.size());
            accounts.forEach(w::writeS);
        }
    }

    /**
     * G→L: ban an account (an administrator's //ban): {@code seconds} 0 is permanent. The login server stores it,
     * logs it and kicks the account wherever it plays.
     */
    record BanAccount(String account, long seconds, String reason, String by) implements LinkMessage {
        public void write(PacketWriter w) {
            w.writeC(0x16).writeS(account).writeQ(seconds).writeS(reason).writeS(by);
        }
    }

    /**
     * G→L, after registration: the address to give clients per source subnet (the first that contains the
     * client's address wins; Register's advertised host is for everyone else).
     */
    record Addresses(List<SubnetAddress> entries) implements LinkMessage {
        public static final int MAX = 64;

        public Addresses {
            entries = List.copyOf(entries);
        }

        public void write(PacketWriter w) {
            w.writeC(0x17).writeC(entries.size());
            entries.forEach(e -> w.writeS(e.subnet()).writeS(e.host()));
        }
    }

    /** A CIDR range ("192.168.0.0/16") and the host clients from it are sent to. */
    record SubnetAddress(String subnet, String host) {}

    /**
     * L→G: disconnect this account's game session. {@code reason} is shown to the player (empty: it logs in again
     * elsewhere, nothing to say).
     */
    record Kick(String account, String reason) implements LinkMessage {
        public Kick(String account) {
            this(account, "");
        }

        public void write(PacketWriter w) {
            w.writeC(0x20).writeS(account).writeS(reason);
        }
    }

    /** Either way: keep-alive, so a dead peer is noticed by the read timeout. */
    record Ping() implements LinkMessage {
        public void write(PacketWriter w) {
            w.writeC(0x30);
        }
    }

    enum RegisterFailReason {
        BAD_VERSION,
        BAD_SECRET,
        ID_IN_USE,
        ID_NOT_ALLOWED,
        PROTOCOL_ERROR
    }

    /** Decodes one message; anything unknown, short, or with trailing garbage is malformed. */
    static LinkMessage read(byte[] body) {
        PacketReader r = new PacketReader(body);
        int opcode = r.readC();
        LinkMessage m = switch (opcode) {
            case 0x01 -> new Hello(r.readD(), r.readB(NONCE_LENGTH));
            case 0x02 ->
                new Register(
                        r.readD(),
                        r.readC(),
                        r.readB(NONCE_LENGTH),
                        r.readB(Hmac.LENGTH),
                        r.readS(MAX_TEXT),
                        r.readUH());
            case 0x03 -> new RegisterOk(r.readC(), r.readB(Hmac.LENGTH));
            case 0x04 -> new RegisterFail(failReason(r.readC()), r.readS(MAX_TEXT));
            case 0x10 ->
                new StatusUpdate(new GameServerStatus(
                        r.readC() != 0,
                        r.readD(),
                        r.readD(),
                        r.readC(),
                        r.readC() != 0,
                        r.readD(),
                        r.readC() != 0,
                        r.readC() != 0));
            case 0x11 ->
                new VerifySession(
                        r.readQ(), r.readS(MAX_ACCOUNT), new SessionKey(r.readD(), r.readD(), r.readD(), r.readD()));
            case 0x12 -> new VerifyResult(r.readQ(), r.readS(MAX_ACCOUNT), r.readC() != 0, r.readD());
            case 0x13 -> new PlayerEntered(r.readS(MAX_ACCOUNT));
            case 0x14 -> new PlayerLeft(r.readS(MAX_ACCOUNT));
            case 0x15 -> readPlayersOnline(r);
            case 0x16 -> new BanAccount(r.readS(MAX_ACCOUNT), r.readQ(), r.readS(MAX_TEXT), r.readS(MAX_ACCOUNT));
            case 0x17 -> readAddresses(r);
            case 0x20 -> new Kick(r.readS(MAX_ACCOUNT), r.readS(MAX_TEXT));
            case 0x30 -> new Ping();
            default -> throw new MalformedPacketException(String.format("unknown link opcode 0x%02X", opcode));
        };
        if (r.remaining() != 0) {
            throw new MalformedPacketException(
                    String.format("link message 0x%02X has %d trailing bytes", opcode, r.remaining()));
        }
        return m;
    }

    /**
     * The request id of a VerifySession body that may not decode otherwise, so the receiver can still answer it
     * (with "invalid") instead of leaving the requester waiting; -1 for any other body.
     */
    static long requestIdOf(byte[] body) {
        if (body.length < 9 || (body[0] & 0xFF) != 0x11) {
            return -1;
        }
        return new PacketReader(body, 1, 8).readQ();
    }

    private static PlayersOnline readPlayersOnline(PacketReader r) {
        int count = r.readD();
        // each entry takes at least 2 bytes (the terminator): a count the body cannot hold is malformed
        if (count < 0 || count > r.remaining() / 2) {
            throw new MalformedPacketException("bad account count " + count);
        }
        String[] accounts = new String[count];
        for (int i = 0; i < count; i++) {
            accounts[i] = r.readS(MAX_ACCOUNT);
        }
        return new PlayersOnline(List.of(accounts));
    }

    private static Addresses readAddresses(PacketReader r) {
        int count = r.readC();
        if (count > Addresses.MAX) {
            throw new MalformedPacketException("too many subnet addresses: " + count);
        }
        SubnetAddress[] entries = new SubnetAddress[count];
        for (int i = 0; i < count; i++) {
            entries[i] = new SubnetAddress(r.readS(MAX_TEXT), r.readS(MAX_TEXT));
        }
        return new Addresses(List.of(entries));
    }

    private static RegisterFailReason failReason(int code) {
        RegisterFailReason[] all = RegisterFailReason.values();
        if (code >= all.length) {
            throw new MalformedPacketException("unknown register-fail reason " + code);
        }
        return all[code];
    }
}
