package dev.vccexchange.camel.model.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.vccexchange.camel.model.VccJson;

/** Shared helpers for the socket event bodies. */
final class EventJson {

    private EventJson() {
    }

    /**
     * Accepts either the event's {@code data} or the whole broadcast argument {@code {"data":…,"socket":…}} and
     * returns the {@code data} part.
     */
    static JsonNode data(JsonNode node) {
        if (node == null) {
            return NullNode.getInstance();
        }
        if (node.isObject() && node.size() <= 2 && node.has("data") && node.has("socket")) {
            return node.get("data");
        }
        return node;
    }

    static <T> T read(JsonNode node, Class<T> type) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return VccJson.convert(node, type);
    }
}
