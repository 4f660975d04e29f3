package org.aden.login.gameserver;

import java.net.InetAddress;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.aden.common.link.GameServerStatus;
import org.aden.common.link.LinkMessage;
import org.aden.login.ban.IpRange;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Every game server that registered since start: its link (while connected), reported status and the accounts it
 * has in game. A server whose link drops stays listed, shown down, until it registers again.
 */
public final class GameServerRegistry {
    private static final Logger LOG = LogManager.getLogger(GameServerRegistry.class);

    /** One game server. Mutable fields are volatile or concurrent; a link replaces them only through the registry. */
    public static final class GameServer {
        private final int id;
        private volatile byte[] address;
        private volatile int port;
        private volatile GameServerStatus status = GameServerStatus.up(0).withUp(false);
        private volatile List<Subnet> subnets = List.of();
        private volatile LinkPeer link;
        private final Set<String> accounts = ConcurrentHashMap.newKeySet();

        GameServer(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        public byte[] address() {
            return address.clone();
        }

        /** The address a client from {@code client} is sent to: its subnet's, else the advertised host. */
        public byte[] addressFor(InetAddress client) {
            for (Subnet s : subnets) {
                if (s.range().contains(client)) {
                    return s.address().clone();
                }
            }
            return address();
        }

        /** The accounts this server has in game now. */
        public Set<String> accounts() {
            return Set.copyOf(accounts);
        }

        public int port() {
            return port;
        }

        public GameServerStatus status() {
            return status;
        }

        public boolean connected() {
            return link != null;
        }

        /** Up means: link connected and the server says it is up. */
        public boolean up() {
            return link != null && status.up();
        }

        /** Online players as shown: the larger of the reported count and the accounts we know in game. */
        public int onlinePlayers() {
            return Math.max(status.onlinePlayers(), accounts.size());
        }

        public boolean hosts(String account) {
            return accounts.contains(account);
        }
    }

    /** Clients from {@code range} are sent to {@code address} (IPv4). */
    public record Subnet(IpRange range, byte[] address) {}

    private final Map<Integer, GameServer> servers = new ConcurrentHashMap<>();

    /** Replaces a server's per-subnet addresses (first match wins). */
    public void setSubnets(int id, List<Subnet> subnets) {
        GameServer gs = servers.get(id);
        if (gs != null) {
            gs.subnets = List.copyOf(subnets);
        }
    }

    /** Registers the link for {@code id}; false if another link holds that id. */
    public synchronized boolean claim(int id, LinkPeer peer, byte[] ipv4, int port) {
        GameServer gs = servers.computeIfAbsent(id, GameServer::new);
        if (gs.link != null) {
            return false;
        }
        gs.address = ipv4.clone();
        gs.port = port;
        gs.accounts.clear();
        gs.subnets = List.of();
        gs.link = peer;
        return true;
    }

    /** The link of {@code id} is gone; its players are forgotten (they are re-reported on reconnect). */
    public synchronized void release(int id, LinkPeer peer) {
        GameServer gs = servers.get(id);
        if (gs != null && gs.link == peer) {
            gs.link = null;
            gs.accounts.clear();
        }
    }

    public void updateStatus(int id, GameServerStatus status) {
        GameServer gs = servers.get(id);
        if (gs != null) {
            gs.status = status;
        }
    }

    public void playerEntered(int id, String account) {
        GameServer gs = servers.get(id);
        if (gs != null) {
            gs.accounts.add(account);
        }
    }

    public void playerLeft(int id, String account) {
        GameServer gs = servers.get(id);
        if (gs != null) {
            gs.accounts.remove(account);
        }
    }

    public void replacePlayers(int id, Collection<String> accounts) {
        GameServer gs = servers.get(id);
        if (gs != null) {
            gs.accounts.clear();
            gs.accounts.addAll(accounts);
        }
    }

    public Optional<GameServer> get(int id) {
        return Optional.ofNullable(servers.get(id));
    }

    /** The connected server that has {@code account} in game, if any. */
    public Optional<GameServer> whereIs(String account) {
        return servers.values().stream()
                .filter(gs -> gs.link != null && gs.hosts(account))
                .findFirst();
    }

    /** Asks the server hosting {@code account} to disconnect it (it logs in again); false if it is nowhere. */
    public boolean kick(String account) {
        return kick(account, "", "logging in again");
    }

    /**
     * Asks the server hosting {@code account} to disconnect it, showing the player {@code reason}; {@code why} is
     * for the log. False if it is nowhere.
     */
    public boolean kick(String account, String reason, String why) {
        Optional<GameServer> gs = whereIs(account);
        LinkPeer link = gs.map(g -> g.link).orElse(null);
        if (link == null) {
            return false;
        }
        LOG.info("Asking game server {} to kick account {} ({})", gs.get().id, account, why);
        link.send(new LinkMessage.Kick(account, reason));
        return true;
    }

    /** All known servers by id. */
    public List<GameServer> all() {
        return servers.values().stream()
                .sorted(Comparator.comparingInt(GameServer::id))
                .toList();
    }
}
