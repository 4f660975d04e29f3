package org.aden.game.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The client packets one connection state accepts: opcode (and 0xD0 sub-opcode) → decoder and handler. */
public final class OpcodeTable {
    /** Client opcode of the extended packets; a uint16 sub-opcode follows. */
    public static final int EXTENDED = 0xD0;

    /** One accepted packet; {@code handler == null} means "known stray packet: consume silently". */
    public record Entry<P>(String name, PacketDecoder<P> decoder, PacketHandler<P> handler) {
        void dispatch(GameClient client, Object packet) {
            @SuppressWarnings("unchecked")
            P p = (P) packet;
            handler.handle(client, p);
        }
    }

    private final ConnectionState state;
    private final Entry<?>[] main = new Entry<?>[256];
    private final Map<Integer, Entry<?>> extended = new HashMap<>();

    OpcodeTable(ConnectionState state) {
        this.state = state;
    }

    public ConnectionState state() {
        return state;
    }

    /** Registers a packet; registering an opcode twice is a programming error. */
    public <P> OpcodeTable on(int opcode, String name, PacketDecoder<P> decoder, PacketHandler<P> handler) {
        if (opcode < 0 || opcode > 0xFF || opcode == EXTENDED) {
            throw new IllegalArgumentException("bad opcode " + opcode + " for " + name);
        }
        if (main[opcode] != null) {
            throw new IllegalStateException(state + ": opcode 0x" + Integer.toHexString(opcode) + " already taken by "
                    + main[opcode].name() + ", cannot add " + name);
        }
        main[opcode] = new Entry<>(name, decoder, handler);
        return this;
    }

    /** Registers an extended (0xD0 + uint16 sub-opcode) packet. */
    public <P> OpcodeTable onExtended(int subOpcode, String name, PacketDecoder<P> decoder, PacketHandler<P> handler) {
        if (subOpcode < 0 || subOpcode > 0xFFFF) {
            throw new IllegalArgumentException("bad sub-opcode " + subOpcode + " for " + name);
        }
        if (extended.putIfAbsent(subOpcode, new Entry<>(name, decoder, handler)) != null) {
            throw new IllegalStateException(
                    state + ": D0:" + Integer.toHexString(subOpcode) + " already taken, cannot add " + name);
        }
        return this;
    }

    /** A packet real clients send in this state that we deliberately do not act on (never counted as abuse). */
    public OpcodeTable ignore(int opcode, String name) {
        return on(opcode, name, r -> null, null);
    }

    public OpcodeTable ignoreExtended(int subOpcode, String name) {
        return onExtended(subOpcode, name, r -> null, null);
    }

    /** What this state accepts, in opcode order: "0x01 MoveBackwardToLocation", "D0:0008 RequestManorList". */
    public List<String> index() {
        List<String> out = new ArrayList<>();
        for (int op = 0; op < main.length; op++) {
            if (main[op] != null) {
                out.add(String.format(
                        "0x%02X %s%s", op, main[op].name(), main[op].handler() == null ? " (ignored)" : ""));
            }
        }
        new TreeMap<>(extended)
                .forEach((sub, e) ->
                        out.add(String.format("D0:%04X %s%s", sub, e.name(), e.handler() == null ? " (ignored)" : "")));
        return out;
    }

    /**
     * Every registered packet by its key: the opcode, or {@code EXTENDED << 16 | sub-opcode} for 0xD0 packets (the
     * fuzzer walks them, so a new packet is fuzzed without being named anywhere).
     */
    Map<Integer, Entry<?>> entries() {
        Map<Integer, Entry<?>> out = new TreeMap<>();
        for (int op = 0; op < main.length; op++) {
            if (main[op] != null) {
                out.put(op, main[op]);
            }
        }
        extended.forEach((sub, e) -> out.put(EXTENDED << 16 | sub, e));
        return out;
    }

    Entry<?> find(int opcode) {
        return main[opcode];
    }

    Entry<?> findExtended(int subOpcode) {
        return extended.get(subOpcode);
    }
}
