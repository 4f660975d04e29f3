package org.aden.login.network.server;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/**
 * ServerList (0x04), login.md §4.7: header + 21 bytes per server. REF's character-count trailer is not sent (ACIS
 * omits it and the Interlude client works without it).
 */
public record ServerList(int lastServerId, List<Entry> servers) implements ServerPacket {
    /** One game server as one client should see it. */
    public record Entry(
            int id,
            byte[] ipv4,
            int port,
            int ageLimit,
            boolean pvp,
            int onlinePlayers,
            int maxPlayers,
            boolean up,
            int serverType,
            boolean showBrackets) {
        public Entry {
            if (ipv4.length != 4) {
                throw new IllegalArgumentException("ServerList needs an IPv4 address");
            }
            ipv4 = ipv4.clone();
        }
    }

    public ServerList {
        servers = List.copyOf(servers);
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(0x04).writeC(servers.size()).writeC(lastServerId);
        for (Entry e : servers) {
            w.writeC(e.id())
                    .writeB(e.ipv4())
                    .writeD(e.port())
                    .writeC(e.ageLimit())
                    .writeC(e.pvp() ? 1 : 0)
                    .writeH(e.onlinePlayers())
                    .writeH(e.maxPlayers())
                    .writeC(e.up() ? 1 : 0)
                    .writeD(e.serverType())
                    .writeC(e.showBrackets() ? 1 : 0);
        }
    }
}
