package org.aden.game.network;

import java.util.EnumMap;
import java.util.Map;

/**
 * One {@link OpcodeTable} per {@link ConnectionState}. Filled once at start-up by the composition root
 * (lobby handlers, then the world module's IN_GAME handlers), read-only afterwards.
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
