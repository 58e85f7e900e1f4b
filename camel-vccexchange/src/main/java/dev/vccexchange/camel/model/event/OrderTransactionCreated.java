package dev.vccexchange.camel.model.event;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vccexchange.camel.model.trade.Order;
import java.math.BigDecimal;

/**
 * {@code App\Events\OrderTransactionCreated} on {@code App.Orders}: one match (public trade feed for all pairs;
 * filter on coin/currency). The {@code orderTransaction} fields are flattened; {@code buyOrder}/{@code sellOrder}
 * are the two orders as sent.
 */
public record OrderTransactionCreated(String id, String buyOrderId, String sellOrderId, BigDecimal quantity,
        BigDecimal price, String currency, String coin, BigDecimal amount, String status, Long createdAt,
        BigDecimal sellFee, BigDecimal buyFee, String buyerId, String sellerId, String transactionType,
        Order buyOrder, Order sellOrder) {

    /** The {@code orderTransaction} object as sent. */
    record Tx(String id, String buyOrderId, String sellOrderId, BigDecimal quantity, BigDecimal price,
            String currency, String coin, BigDecimal amount, String status, Long createdAt, BigDecimal sellFee,
            BigDecimal buyFee, String buyerId, String sellerId, String transactionType) {
    }

    public static OrderTransactionCreated from(JsonNode data) {
        JsonNode d = EventJson.data(data);
        Tx t = EventJson.read(d.get("orderTransaction"), Tx.class);
        if (t == null) {
            t = new Tx(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
        return new OrderTransactionCreated(t.id(), t.buyOrderId(), t.sellOrderId(), t.quantity(), t.price(),
                t.currency(), t.coin(), t.amount(), t.status(), t.createdAt(), t.sellFee(), t.buyFee(), t.buyerId(),
                t.sellerId(), t.transactionType(), EventJson.read(d.get("buyOrder"), Order.class),
                EventJson.read(d.get("sellOrder"), Order.class));
    }
}
