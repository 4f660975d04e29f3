package org.aden.common.net;

/** A client packet that does not parse: too short, a bad length or value. The connection decides what to do. */
public final class MalformedPacketException extends RuntimeException {
    public MalformedPacketException(String message) {
        super(message, null, false, false); // expected condition: no stack trace
    }
}
