package dev.vccexchange.camel.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.vccexchange.camel.error.MalformedPacketException;
import java.io.IOException;
import java.io.StringReader;

/** The one Jackson mapper of the wire layer. Thread-safe; shared by every codec call. */
public final class WireJson {

    /**
     * Shared mapper: rejects trailing garbage after the payload and keeps frame contents out of Jackson's own
     * error locations.
     */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** Node factory for building outbound payloads. */
    public static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

    private WireJson() {
    }

    /**
     * Parses the JSON value that fills {@code frame} from {@code offset} to its end, in one pass and without
     * copying the frame.
     */
    static JsonNode parse(String frame, int offset) {
        try (StringReader reader = new StringReader(frame)) {
            reader.skip(offset);
            JsonNode node = MAPPER.readTree(reader);
            if (node == null || node.isMissingNode()) {
                throw new MalformedPacketException("empty JSON payload", frame);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new MalformedPacketException("invalid JSON payload", frame, e);
        } catch (IOException e) {
            // StringReader does no I/O
            throw new MalformedPacketException("unreadable payload", frame, e);
        }
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // a JsonNode tree always serialises
            throw new IllegalStateException("Cannot serialise JSON payload", e);
        }
    }
}
