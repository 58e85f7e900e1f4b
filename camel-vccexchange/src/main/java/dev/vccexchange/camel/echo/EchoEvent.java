package dev.vccexchange.camel.echo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vccexchange.camel.wire.RawJson;

/**
 * An event a channel received, from {@code 42[event, channel, data]}.
 *
 * @param channel          the channel (second array element when there are three or more), null for a
 *                         two-element event
 * @param event            the event name, e.g. {@code App\Events\BalanceUpdated}
 * @param payload          the last array element, as received (parsed when read); for events broadcast by Laravel
 *                         the {@code {"data":..,"socket":null}} object
 * @param receivedAtMillis wall clock when the frame was decoded
 */
public record EchoEvent(String channel, String event, RawJson payload, long receivedAtMillis) {

    /** An event whose payload is already a tree. */
    public EchoEvent(String channel, String event, JsonNode payload, long receivedAtMillis) {
        this(channel, event, RawJson.of(payload), receivedAtMillis);
    }
}
