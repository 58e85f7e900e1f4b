package dev.vccexchange.camel.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vccexchange.camel.error.MalformedPacketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Engine.IO v3/v4 packets over WebSocket: one packet per text frame, {@code <type digit><data>}. Pure functions;
 * thread-safe. Binary frames ({@code b...} base64 or raw bytes) are not supported: this server never sends them.
 */
public final class EngineIoCodec {

    private EngineIoCodec() {
    }

    /** The type of a frame without decoding (or copying) its data: the session's hot-path dispatch. */
    public static EngineIoPacket.Type typeOf(String frame) {
        if (frame == null || frame.isEmpty()) {
            throw new MalformedPacketException("empty frame", frame);
        }
        char c = frame.charAt(0);
        EngineIoPacket.Type type = EngineIoPacket.Type.of(c);
        if (type == null) {
            throw new MalformedPacketException(
                    c == 'b' ? "binary Engine.IO packets are not supported" : "unknown Engine.IO packet type", frame);
        }
        return type;
    }

    public static EngineIoPacket decode(String frame) {
        EngineIoPacket.Type type = typeOf(frame);
        return new EngineIoPacket(type, frame.length() == 1 ? "" : frame.substring(1));
    }

    public static String encode(EngineIoPacket packet) {
        return packet.data().isEmpty() ? String.valueOf(packet.type().code()) : packet.type().code() + packet.data();
    }

    /** Decodes a whole open frame, {@code 0{"sid":..}}. */
    public static OpenPacket decodeOpen(String frame) {
        if (typeOf(frame) != EngineIoPacket.Type.OPEN) {
            throw new MalformedPacketException("not an open packet", frame);
        }
        if (frame.length() == 1) {
            throw new MalformedPacketException("open packet without handshake data", frame);
        }
        JsonNode json = WireJson.parse(frame, 1);
        if (!json.isObject()) {
            throw new MalformedPacketException("open packet data is not a JSON object", frame);
        }
        JsonNode sid = json.get("sid");
        if (sid == null || !sid.isTextual() || sid.asText().isEmpty()) {
            throw new MalformedPacketException("open packet without sid", frame);
        }
        List<String> upgrades = new ArrayList<>();
        JsonNode up = json.get("upgrades");
        if (up != null && up.isArray()) {
            up.forEach(u -> upgrades.add(u.asText()));
        }
        JsonNode maxPayload = json.get("maxPayload");
        return new OpenPacket(sid.asText(), millis(json, "pingInterval", frame), millis(json, "pingTimeout", frame),
                upgrades, maxPayload != null && maxPayload.canConvertToLong() ? maxPayload.asLong() : 0L);
    }

    private static Duration millis(JsonNode json, String field, String frame) {
        JsonNode n = json.get(field);
        if (n == null || !n.isIntegralNumber() || n.asLong() <= 0) {
            throw new MalformedPacketException("open packet without a positive " + field, frame);
        }
        return Duration.ofMillis(n.asLong());
    }
}
