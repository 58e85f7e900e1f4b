package dev.vccexchange.camel.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.vccexchange.camel.error.MalformedPacketException;
import java.util.List;

/**
 * Socket.IO protocol v4/v5 packets, {@code <type>[<nsp>,][<ackId>][JSON]}. Pure functions; thread-safe.
 *
 * <p>Hot path: {@link #decodeFrame(String)} takes the WebSocket frame {@code 42["Event","channel",{..}]} as is,
 * walks the prefix by index (no regex) and splits the JSON array in one streaming pass without a tree
 * ({@link JsonArrayScanner}); arguments become trees only when read.
 * Binary packets (types 5/6) and binary placeholders are rejected with {@link MalformedPacketException}.
 */
public final class SocketIoCodec {

    /** Longest ack id accepted (digits); socket.io counts up from 0. */
    private static final int MAX_ACK_DIGITS = 18;

    private SocketIoCodec() {
    }

    /** Decodes a whole Engine.IO MESSAGE frame, {@code 4<socket.io packet>}. */
    public static SocketIoPacket decodeFrame(String frame) {
        if (frame == null || frame.isEmpty() || frame.charAt(0) != EngineIoPacket.Type.MESSAGE.code()) {
            throw new MalformedPacketException("not an Engine.IO message", frame);
        }
        return decode(frame, 1);
    }

    /** Decodes a Socket.IO packet (without the Engine.IO {@code 4}). */
    public static SocketIoPacket decode(String packet) {
        return decode(packet, 0);
    }

    private static SocketIoPacket decode(String s, int start) {
        int len = s == null ? 0 : s.length();
        if (start >= len) {
            throw new MalformedPacketException("empty Socket.IO packet", s);
        }
        int i = start;
        SocketIoPacket.Type type = SocketIoPacket.Type.of(s.charAt(i++));
        if (type == null) {
            throw new MalformedPacketException("unknown Socket.IO packet type", s);
        }
        if (type == SocketIoPacket.Type.BINARY_EVENT || type == SocketIoPacket.Type.BINARY_ACK) {
            throw new MalformedPacketException("binary Socket.IO packets are not supported", s);
        }
        String namespace = SocketIoPacket.ROOT_NAMESPACE;
        if (i < len && s.charAt(i) == '/') {
            int comma = s.indexOf(',', i);
            int end = comma < 0 ? len : comma;
            namespace = s.substring(i, end);
            i = comma < 0 ? len : comma + 1;
        }
        long ackId = SocketIoPacket.NO_ACK;
        int digits = i;
        while (i < len && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i > digits) {
            if (i - digits > MAX_ACK_DIGITS) {
                throw new MalformedPacketException("ack id too long", s);
            }
            ackId = Long.parseLong(s, digits, i, 10);
        }
        if (i < len && (type == SocketIoPacket.Type.EVENT || type == SocketIoPacket.Type.ACK)) {
            // The hot path: split the array without building a tree; arguments are parsed when read.
            List<RawJson> elements = JsonArrayScanner.elements(i == 0 ? s : s.substring(i), s);
            if (elements != null) {
                validateArray(type, elements, s);
                return SocketIoPacket.scanned(type, namespace, ackId, elements);
            }
        }
        JsonNode payload = i < len ? WireJson.parse(s, i) : null;
        validate(type, payload, s);
        return new SocketIoPacket(type, namespace, ackId, payload);
    }

    private static void validate(SocketIoPacket.Type type, JsonNode payload, String s) {
        switch (type) {
            case CONNECT -> {
                if (payload != null && !payload.isObject()) {
                    throw new MalformedPacketException("CONNECT payload is not an object", s);
                }
            }
            case EVENT -> {
                if (payload == null || !payload.isArray() || payload.isEmpty()) {
                    throw new MalformedPacketException("EVENT payload is not a non-empty array", s);
                }
                if (!payload.get(0).isTextual()) {
                    throw new MalformedPacketException("EVENT name is not a string", s);
                }
                rejectPlaceholders(payload, s);
            }
            case ACK -> {
                if (payload == null || !payload.isArray()) {
                    throw new MalformedPacketException("ACK payload is not an array", s);
                }
                rejectPlaceholders(payload, s);
            }
            case CONNECT_ERROR -> {
                if (payload == null) {
                    throw new MalformedPacketException("ERROR packet without payload", s);
                }
            }
            default -> {
                // DISCONNECT: any payload is ignored
            }
        }
    }

    /** The rules of {@link #validate} for a scanned array payload. */
    private static void validateArray(SocketIoPacket.Type type, List<RawJson> elements, String s) {
        if (type == SocketIoPacket.Type.EVENT) {
            if (elements.isEmpty()) {
                throw new MalformedPacketException("EVENT payload is not a non-empty array", s);
            }
            if (elements.get(0).stringValue() == null) {
                throw new MalformedPacketException("EVENT name is not a string", s);
            }
        }
        for (RawJson e : elements) {
            // Parse only an object whose text mentions the marker at all.
            if (e.isObject() && e.textContains("\"_placeholder\"")
                && e.node().path("_placeholder").asBoolean(false)) {
                throw new MalformedPacketException("binary placeholders are not supported", s);
            }
        }
    }

    /** Top-level binary placeholders, {@code {"_placeholder":true,"num":0}}, mean a binary packet in disguise. */
    private static void rejectPlaceholders(JsonNode array, String s) {
        for (JsonNode arg : array) {
            if (arg.isObject() && arg.path("_placeholder").asBoolean(false)) {
                throw new MalformedPacketException("binary placeholders are not supported", s);
            }
        }
    }

    /** Encodes a Socket.IO packet (without the Engine.IO {@code 4}). */
    public static String encode(SocketIoPacket packet) {
        if (packet.type() == SocketIoPacket.Type.BINARY_EVENT || packet.type() == SocketIoPacket.Type.BINARY_ACK) {
            throw new IllegalArgumentException("Binary packets are not supported");
        }
        StringBuilder sb = new StringBuilder(64).append(packet.type().code());
        if (!packet.isRootNamespace()) {
            sb.append(packet.namespace()).append(',');
        }
        if (packet.hasAckId()) {
            sb.append(packet.ackId());
        }
        if (packet.payload() != null) {
            sb.append(WireJson.write(packet.payload()));
        }
        return sb.toString();
    }

    /** Encodes a Socket.IO packet as a WebSocket frame: {@code 4} + {@link #encode(SocketIoPacket)}. */
    public static String encodeFrame(SocketIoPacket packet) {
        return EngineIoPacket.Type.MESSAGE.code() + encode(packet);
    }

    /** The frame of an event on the root namespace: {@code 42["subscribe",{..}]}. */
    public static String eventFrame(String event, JsonNode... args) {
        ArrayNode array = WireJson.NODES.arrayNode(1 + args.length).add(event);
        for (JsonNode arg : args) {
            array.add(arg);
        }
        return encodeFrame(new SocketIoPacket(SocketIoPacket.Type.EVENT, SocketIoPacket.ROOT_NAMESPACE,
                SocketIoPacket.NO_ACK, array));
    }
}
