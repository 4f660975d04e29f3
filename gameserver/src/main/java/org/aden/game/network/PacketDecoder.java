package org.aden.game.network;

import org.aden.common.net.PacketReader;

/**
 * Turns the body of one client packet (the reader stands after the opcode, and after the sub-opcode for
 * 0xD0 packets) into an immutable record. Throws {@link org.aden.common.net.MalformedPacketException} on
 * anything out of bounds; usually a method reference to the record's static {@code read}.
 */
@FunctionalInterface
public interface PacketDecoder<P> {
    P read(PacketReader reader);
}
