package dev.vccexchange.simulator.engine;

import java.math.BigDecimal;

/**
 * Immutable snapshot of an order, as the Java API and REST layer see it.
 *
 * @param quantity null for a ceiling_market order before it executed; then the executed quantity
 * @param fee in the currency the order receives: base coin for a buy, quote currency for a sell
 * @param locked funds still reserved for the order (quote for a buy, base for a sell)
 */
public record OrderView(long id, long userId, String coin, String currency, Side side, OrderType type,
        BigDecimal quantity, BigDecimal price, BigDecimal ceiling, boolean isStop, BigDecimal stopPrice,
        String stopCondition, BigDecimal executedQuantity, BigDecimal executedPrice, BigDecimal fee,
        OrderStatus status, BigDecimal locked, long createdAt, long updatedAt) {

    static OrderView of(Order o) {
        BigDecimal q = o.quantity != null ? o.quantity : (o.status.isOpen() ? null : o.executedQuantity);
        return new OrderView(o.id, o.userId, o.market.coin(), o.market.currency(), o.side, o.type, q, o.price,
                o.ceiling, o.stop, o.stopPrice, o.stopCondition, o.executedQuantity, o.executedPrice(), o.fee,
                o.status, o.locked, o.createdAt, o.updatedAt);
    }
}
