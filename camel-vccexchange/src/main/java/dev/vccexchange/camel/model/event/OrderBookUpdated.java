package dev.vccexchange.camel.model.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code App\Events\OrderBookUpdated} on {@code App.OrderBook}: a full book or a delta for one pair and tick size.
 */
public record OrderBookUpdated(String currency, String coin, BigDecimal tickerSize, Boolean isFullOrderBook,
        List<Level> buy, List<Level> sell) {

    /** One aggregated level: number of orders, total quantity, price. */
    public record Level(Integer count, BigDecimal quantity, BigDecimal price) {
    }

    public OrderBookUpdated {
        buy = buy == null ? List.of() : List.copyOf(buy);
        sell = sell == null ? List.of() : List.copyOf(sell);
    }

    public static OrderBookUpdated from(JsonNode data) {
        JsonNode d = EventJson.data(data);
        JsonNode book = d.path("orderBook");
        BigDecimal tick = d.hasNonNull("tickerSize") ? EventJson.read(d.get("tickerSize"), BigDecimal.class) : null;
        Boolean full = null;
        JsonNode f = d.get("isFullOrderBook");
        if (f != null && !f.isNull()) {
            full = f.isBoolean() ? f.booleanValue() : !("0".equals(f.asText()) || "false".equalsIgnoreCase(f.asText()));
        }
        return new OrderBookUpdated(OrderChanged.text(d.get("currency")), OrderChanged.text(d.get("coin")), tick,
                full, levels(book.get("buy")), levels(book.get("sell")));
    }

    private static List<Level> levels(JsonNode arr) {
        List<Level> out = new ArrayList<>();
        if (arr != null && arr.isArray()) {
            arr.forEach(n -> {
                if (n.isObject()) {
                    out.add(EventJson.read(n, Level.class));
                }
            });
        }
        return out;
    }

}
