package dev.vccexchange.simulator.engine;

import java.math.BigDecimal;

/**
 * One order. Mutable; only touched under the engine lock.
 */
public final class Order {

    final long id;
    final long userId;
    final Market market;
    final Side side;
    final OrderType type;
    /** Null for a ceiling_market order (spends or receives {@link #ceiling}). */
    final BigDecimal quantity;
    /** Null unless limit. */
    final BigDecimal price;
    final BigDecimal ceiling;
    final boolean stop;
    final BigDecimal stopPrice;
    final String stopCondition;
    final long createdAt;
    /** Time priority in the book (sequence of entering it). */
    long bookSeq;
    long updatedAt;
    OrderStatus status;
    BigDecimal executedQuantity = BigDecimal.ZERO;
    /** Sum of price * quantity over the fills, for the average executed_price and the ceiling. */
    BigDecimal executedQuote = BigDecimal.ZERO;
    /** Fee charged so far, in the currency this order receives (base for a buy, quote for a sell). */
    BigDecimal fee = BigDecimal.ZERO;
    /** Funds still locked for this order (quote for a buy, base for a sell). */
    BigDecimal locked = BigDecimal.ZERO;

    Order(long id, long userId, Market market, Side side, OrderType type, BigDecimal quantity, BigDecimal price,
            BigDecimal ceiling, boolean stop, BigDecimal stopPrice, String stopCondition, long now) {
        this.id = id;
        this.userId = userId;
        this.market = market;
        this.side = side;
        this.type = type;
        this.quantity = quantity;
        this.price = price;
        this.ceiling = ceiling;
        this.stop = stop;
        this.stopPrice = stopPrice;
        this.stopCondition = stopCondition;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public long id() { return id; }
    public long userId() { return userId; }
    public Market market() { return market; }
    public Side side() { return side; }
    public OrderType type() { return type; }
    public BigDecimal quantity() { return quantity; }
    public BigDecimal price() { return price; }
    public BigDecimal ceiling() { return ceiling; }
    public boolean isStop() { return stop; }
    public BigDecimal stopPrice() { return stopPrice; }
    public String stopCondition() { return stopCondition; }
    public long createdAt() { return createdAt; }
    public long updatedAt() { return updatedAt; }
    public OrderStatus status() { return status; }
    public BigDecimal executedQuantity() { return executedQuantity; }
    public BigDecimal fee() { return fee; }
    public BigDecimal locked() { return locked; }

    /** Quantity still to fill; null for a ceiling_market order. */
    public BigDecimal remaining() {
        return quantity == null ? null : quantity.subtract(executedQuantity);
    }

    /** Average fill price at the market's price precision, or null before any fill. */
    public BigDecimal executedPrice() {
        if (executedQuantity.signum() == 0) {
            return null;
        }
        return executedQuote.divide(executedQuantity, market.pricePrecision() + 4, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
    }

    @Override
    public String toString() {
        return "Order#" + id + "[" + side + " " + type + " " + quantity + "@" + price + " " + status + "]";
    }
}
