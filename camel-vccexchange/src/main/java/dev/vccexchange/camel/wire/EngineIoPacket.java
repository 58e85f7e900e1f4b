package dev.vccexchange.camel.wire;

import java.util.Objects;

/**
 * One Engine.IO packet: a type digit followed by its data. Over WebSocket every text frame is one packet.
 *
 * @param type the packet type
 * @param data everything after the type digit; empty, never null
 */
public record EngineIoPacket(Type type, String data) {

    public EngineIoPacket {
        Objects.requireNonNull(type, "type");
        data = data == null ? "" : data;
    }

    public static EngineIoPacket of(Type type) {
        return new EngineIoPacket(type, "");
    }

    /** Engine.IO packet types; the ids are the same in v3 and v4. */
    public enum Type {
        /** Handshake from the server; data is the JSON {@link OpenPacket}. */
        OPEN('0'),
        /** The transport may be closed. */
        CLOSE('1'),
        /** Heartbeat: sent by the client in v3, by the server in v4. */
        PING('2'),
        /** Heartbeat answer, echoing the ping's data. */
        PONG('3'),
        /** Carries one Socket.IO packet. */
        MESSAGE('4'),
        /** Transport upgrade (polling to WebSocket). */
        UPGRADE('5'),
        /** No operation. */
        NOOP('6');

        private final char code;

        Type(char code) {
            this.code = code;
        }

        public char code() {
            return code;
        }

        /** The type for a code character, or null when the character is not a type digit. */
        public static Type of(char code) {
            int i = code - '0';
            return i >= 0 && i < VALUES.length ? VALUES[i] : null;
        }

        private static final Type[] VALUES = values();
    }
}
