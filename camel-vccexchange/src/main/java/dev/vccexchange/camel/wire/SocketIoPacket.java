package dev.vccexchange.camel.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One Socket.IO packet, {@code <type>[<nsp>,][<ackId>][JSON]}, without the Engine.IO {@code 4} in front.
 *
 * @param type      the packet type
 * @param namespace the namespace, {@code "/"} when the packet left it out
 * @param ackId     the ack id, or {@link #NO_ACK}
 * @param payload   the JSON payload, or null when the packet had none. For {@link Type#EVENT} a non-empty array
 *                  whose first element is the event name
 */
public record SocketIoPacket(Type type, String namespace, long ackId, JsonNode payload) {

    /** {@link #ackId()} of a packet that carries no ack id. */
    public static final long NO_ACK = -1;

    /** The default namespace. */
    public static final String ROOT_NAMESPACE = "/";

    public SocketIoPacket {
        Objects.requireNonNull(type, "type");
        namespace = namespace == null || namespace.isEmpty() ? ROOT_NAMESPACE : namespace;
    }

    public boolean hasAckId() {
        return ackId >= 0;
    }

    public boolean isRootNamespace() {
        return ROOT_NAMESPACE.equals(namespace);
    }

    /** For an EVENT: its name (the first array element); otherwise null. */
    public String eventName() {
        return type == Type.EVENT && payload != null && payload.size() > 0 ? payload.get(0).asText() : null;
    }

    /** For an EVENT: how many arguments follow the name; otherwise 0. */
    public int argumentCount() {
        return type == Type.EVENT && payload != null ? Math.max(0, payload.size() - 1) : 0;
    }

    /** For an EVENT: argument {@code i} (0 = first after the name), or null when absent. */
    public JsonNode argument(int i) {
        return type == Type.EVENT && payload != null ? payload.get(i + 1) : null;
    }

    /** Socket.IO packet types (protocol v4 = socket.io 2.x and v5 = socket.io 3.x/4.x). */
    public enum Type {
        CONNECT('0'),
        DISCONNECT('1'),
        EVENT('2'),
        ACK('3'),
        /** v4: ERROR with a string payload; v5: CONNECT_ERROR with {@code {"message":..}}. */
        CONNECT_ERROR('4'),
        /** Rejected by the codec: this client never takes binary. */
        BINARY_EVENT('5'),
        /** Rejected by the codec: this client never takes binary. */
        BINARY_ACK('6');

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
