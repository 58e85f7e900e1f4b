package dev.vccexchange.simulator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where the engine sends every socket event. The payload is the full second socket argument,
 * {@code {"data":{...},"socket":null}}, exactly as laravel-echo-server would deliver it (vcc-api.md §5.4).
 *
 * <p>Thread: called while the engine lock is held, in emission order; implementations must not block for long
 * and must not call back into the engine.
 */
@FunctionalInterface
public interface SimulatorEvents {

    SimulatorEvents NONE = (channel, event, payload) -> { };

    void publish(String channel, String event, JsonNode payload);
}
