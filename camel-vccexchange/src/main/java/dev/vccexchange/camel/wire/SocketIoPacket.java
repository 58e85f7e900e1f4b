package dev.vccexchange.camel.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One Socket.IO packet, {@code <type>[<nsp>,][<ackId>][JSON]}, without the Engine.IO {@code 4} in front.
 *
 * <p>A received EVENT keeps its array elements as {@link RawJson} text: the event name and a string channel are
 * read without a tree, and an argument is parsed only when someone asks for its {@link #argument tree}. Equality is
 * by value (type, namespace, ack id, payload), as for a record.
 */
public final class SocketIoPacket {

    /** {@link #ackId()} of a packet that carries no ack id. */
    public static final long NO_ACK = -1;

    /** The default namespace. */
    public static final String ROOT_NAMESPACE = "/";

    private final Type type;
    private final String namespace;
    private final long ackId;
    /** Null when the packet had no payload, or until a scanned packet's payload tree is asked for. */
    private volatile JsonNode payload;
    /** An array payload's elements (scanned text, or wrappers of the given tree); null for any other payload. */
    private final List<RawJson> elements;

    /**
     * @param type      the packet type
     * @param namespace the namespace, {@code "/"} when the packet left it out
     * @param ackId     the ack id, or {@link #NO_ACK}
     * @param payload   the JSON payload, or null when the packet had none. For {@link Type#EVENT} a non-empty
     *                  array whose first element is the event name
     */
    public SocketIoPacket(Type type, String namespace, long ackId, JsonNode payload) {
        this(type, namespace, ackId, payload, payload != null && payload.isArray() ? elementsOf(payload) : null);
    }

    private static List<RawJson> elementsOf(JsonNode array) {
        List<RawJson> elements = new ArrayList<>(array.size());
        array.forEach(e -> elements.add(RawJson.of(e)));
        return elements;
    }

    /** A received array payload, already split by {@link JsonArrayScanner}. */
    static SocketIoPacket scanned(Type type, String namespace, long ackId, List<RawJson> elements) {
        return new SocketIoPacket(type, namespace, ackId, null, elements);
    }

    private SocketIoPacket(Type type, String namespace, long ackId, JsonNode payload, List<RawJson> elements) {
        this.type = Objects.requireNonNull(type, "type");
        this.namespace = namespace == null || namespace.isEmpty() ? ROOT_NAMESPACE : namespace;
        this.ackId = ackId;
        this.payload = payload;
        this.elements = elements;
    }

    public Type type() {
        return type;
    }

    public String namespace() {
        return namespace;
    }

    public long ackId() {
        return ackId;
    }

    /** The JSON payload as a tree (built on first use for a received array), or null when there was none. */
    public JsonNode payload() {
        JsonNode p = payload;
        if (p == null && elements != null) {
            ArrayNode array = WireJson.NODES.arrayNode(elements.size());
            for (RawJson e : elements) {
                array.add(e.node());
            }
            payload = p = array;
        }
        return p;
    }

    public boolean hasAckId() {
        return ackId >= 0;
    }

    public boolean isRootNamespace() {
        return ROOT_NAMESPACE.equals(namespace);
    }

    /** For an EVENT: its name (the first array element); otherwise null. */
    public String eventName() {
        return type == Type.EVENT && elements != null && !elements.isEmpty() ? elements.get(0).stringValue() : null;
    }

    /** For an EVENT: how many arguments follow the name; otherwise 0. */
    public int argumentCount() {
        return type == Type.EVENT && elements != null ? Math.max(0, elements.size() - 1) : 0;
    }

    /** For an EVENT: argument {@code i} (0 = first after the name) as a tree, or null when absent. */
    public JsonNode argument(int i) {
        RawJson raw = rawArgument(i);
        return raw == null ? null : raw.node();
    }

    /** For an EVENT: argument {@code i} (0 = first after the name) as JSON text, or null when absent. */
    public RawJson rawArgument(int i) {
        if (type != Type.EVENT || i < 0 || i >= argumentCount()) {
            return null;
        }
        return elements.get(i + 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SocketIoPacket p && type == p.type && namespace.equals(p.namespace) && ackId == p.ackId
               && Objects.equals(payload(), p.payload());
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, namespace, ackId, payload());
    }

    @Override
    public String toString() {
        return "SocketIoPacket[type=" + type + ", namespace=" + namespace + ", ackId=" + ackId + ", payload="
               + payload() + "]";
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
