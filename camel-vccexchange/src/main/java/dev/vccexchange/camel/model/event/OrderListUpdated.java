package dev.vccexchange.camel.model.event;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code App\Events\OrderListUpdated}: the user's order list for a currency changed. */
public record OrderListUpdated(String currency, String action) {

    public static OrderListUpdated from(JsonNode data) {
        JsonNode d = EventJson.data(data);
        return new OrderListUpdated(OrderChanged.text(d.get("currency")), OrderChanged.text(d.get("action")));
    }
}
