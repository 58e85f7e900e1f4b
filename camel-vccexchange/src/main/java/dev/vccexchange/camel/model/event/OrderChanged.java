package dev.vccexchange.camel.model.event;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vccexchange.camel.model.trade.Order;

/** {@code App\Events\OrderChanged} on {@code private-App.User.{id}}: the order, the action (e.g. matched), a message. */
public record OrderChanged(Order order, String action, String message) {

    public static OrderChanged from(JsonNode data) {
        JsonNode d = EventJson.data(data);
        return new OrderChanged(EventJson.read(d.get("order"), Order.class), text(d.get("action")),
                text(d.get("message")));
    }

    static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
