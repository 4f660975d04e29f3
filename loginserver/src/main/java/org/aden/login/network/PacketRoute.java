package org.aden.login.network;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.aden.common.net.PacketReader;

/** One row of an opcode table: how to decode the packet and who handles the decoded record. */
record PacketRoute<T>(String name, Function<PacketReader, T> reader, BiConsumer<LoginConnection, T> handler) {
    void dispatch(LoginConnection c, PacketReader r) {
        T packet = reader.apply(r); // throws MalformedPacketException before the handler sees anything
        handler.accept(c, packet);
    }
}
