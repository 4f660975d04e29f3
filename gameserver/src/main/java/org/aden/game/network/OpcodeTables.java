package org.aden.game.network;

import java.util.EnumMap;
import java.util.Map;

/**
 * One {@link OpcodeTable} per {@link ConnectionState}: the index of client opcodes. Filled once at start-up by
 * the composition root (each game system's {@code *Handlers.register}), read-only afterwards; {@link #index()}
 * lists it (logged at debug level at start).
 */
public final class OpcodeTables {
    private final Map<ConnectionState, OpcodeTable> tables = new EnumMap<>(ConnectionState.class);

    public OpcodeTables() {
        for (ConnectionState s : ConnectionState.values()) {
            tables.put(s, new OpcodeTable(s));
        }
    }

    public OpcodeTable state(ConnectionState state) {
        return tables.get(state);
    }

    /** Every state's accepted packets, one line each, grouped by state. */
    public String index() {
        StringBuilder sb = new StringBuilder();
        tables.forEach((state, table) -> {
            sb.append(state).append(':').append('\n');
            table.index().forEach(line -> sb.append("  ").append(line).append('\n'));
        });
        return sb.toString();
    }

    /** True when some state other than {@code except} knows the opcode: the packet is out of state, not unknown. */
    boolean knownElsewhere(ConnectionState except, int opcode, int subOpcode) {
        for (OpcodeTable t : tables.values()) {
            if (t.state() != except && (subOpcode < 0 ? t.find(opcode) != null : t.findExtended(subOpcode) != null)) {
                return true;
            }
        }
        return false;
    }
}
