package dev.vccexchange.simulator.ledger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One emitted event.
 *
 * @param seq global sequence number, 1-based, gap-free over everything emitted
 * @param channelSeq sequence number within {@code channel}, 1-based, gap-free
 * @param payload the socket argument {@code {"data":{..},"socket":null}} (treat as read-only)
 * @param timestamp epoch ms when it was emitted
 */
public record LedgerEntry(long seq, long channelSeq, String channel, String event, JsonNode payload, long timestamp) {

    /** {@code payload.data}. */
    public JsonNode data() {
        return payload.path("data");
    }
}
