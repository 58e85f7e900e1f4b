package dev.vccexchange.camel.model.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code App\Events\PricesUpdated} on {@code App.Prices}: key (e.g. {@code btc_eth}, currency_coin) → price. */
public record PricesUpdated(Map<String, PriceInfo> prices) {

    public PricesUpdated {
        prices = prices == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(prices));
    }

    public static PricesUpdated from(JsonNode data) {
        JsonNode d = EventJson.data(data);
        Map<String, PriceInfo> out = new LinkedHashMap<>();
        if (d.isObject()) {
            d.fields().forEachRemaining(e -> {
                if (e.getValue().isObject()) {
                    out.put(e.getKey(), EventJson.read(e.getValue(), PriceInfo.class));
                }
            });
        }
        return new PricesUpdated(out);
    }
}
