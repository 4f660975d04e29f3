package org.aden.common.net;

/**
 * A packet a server sends: an immutable record that holds copies of its values and writes its body
 * (opcode first) without touching any live state.
 */
public interface ServerPacket {
    void write(PacketWriter w);

    /** The encoded body; encode once, then share the bytes among every recipient. */
    default byte[] encode() {
        PacketWriter w = new PacketWriter();
        write(w);
        return w.toByteArray();
    }
}
