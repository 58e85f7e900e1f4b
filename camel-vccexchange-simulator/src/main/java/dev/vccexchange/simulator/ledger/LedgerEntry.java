package dev.vccexchange.simulator.ledger;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One emitted event. The payload is kept as compact JSON bytes (memory) and parsed on each {@link #payload()} call.
 *
 * @param seq global sequence number, 1-based, gap-free over everything emitted
 * @param channelSeq sequence number within {@code channel}, 1-based, gap-free
 * @param json the socket argument {@code {"data":{..},"socket":null}}, UTF-8 JSON
 * @param timestamp epoch ms when it was emitted
 */
public record LedgerEntry(long seq, long channelSeq, String channel, String event, byte[] json, long timestamp) {

    /** A fresh tree of {@code {"data":{..},"socket":null}}. */
    public JsonNode payload() {
        try {
            return EventLedger.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code payload.data}. */
    public JsonNode data() {
        return payload().path("data");
    }

    /** The payload as JSON text, byte for byte as serialized. */
    public String payloadJson() {
        return new String(json, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "#" + seq + " " + channel + " " + event + " " + payloadJson();
    }
}
