package dev.vccexchange.camel.model.trade;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A new order for {@code POST v3/orders}. {@code coin}/{@code currency} are VCC's lowercase ids (lower-cased here);
 * {@code tradeType} is {@code buy|sell}; {@code type} is {@code limit|market|ceiling_market}; {@code ceiling} is the
 * quote amount to spend for {@code ceiling_market}. A stop order is any order with a {@code stopPrice}; it then also
 * needs {@code stopCondition} ({@code ge|le}). Checked by the client's {@code OrderValidator} before sending.
 */
public record OrderRequest(String coin, String currency, String tradeType, String type, BigDecimal quantity,
        BigDecimal price, BigDecimal ceiling, BigDecimal stopPrice, String stopCondition) {

    public static final String BUY = "buy";
    public static final String SELL = "sell";
    public static final String LIMIT = "limit";
    public static final String MARKET = "market";
    public static final String CEILING_MARKET = "ceiling_market";
    /** Stop triggers when the market price is greater than or equal to the stop price. */
    public static final String GE = "ge";
    /** Stop triggers when the market price is less than or equal to the stop price. */
    public static final String LE = "le";

    public OrderRequest {
        coin = lower(coin);
        currency = lower(currency);
        tradeType = lower(tradeType);
        type = lower(type);
        stopCondition = lower(stopCondition);
    }

    /** A stop order: derived from {@code stopPrice != null}. */
    public boolean isStop() {
        return stopPrice != null;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A limit order. */
    public static OrderRequest limit(String coin, String currency, String tradeType, BigDecimal quantity,
            BigDecimal price) {
        return builder().coin(coin).currency(currency).tradeType(tradeType).type(LIMIT).quantity(quantity)
                .price(price).build();
    }

    /** A market order for a base quantity. */
    public static OrderRequest market(String coin, String currency, String tradeType, BigDecimal quantity) {
        return builder().coin(coin).currency(currency).tradeType(tradeType).type(MARKET).quantity(quantity).build();
    }

    public Builder toBuilder() {
        return new Builder().coin(coin).currency(currency).tradeType(tradeType).type(type).quantity(quantity)
                .price(price).ceiling(ceiling).stopPrice(stopPrice).stopCondition(stopCondition);
    }

    private static String lower(String s) {
        return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
    }

    /** Mutable builder; not thread-safe. */
    public static final class Builder {
        private String coin;
        private String currency;
        private String tradeType;
        private String type;
        private BigDecimal quantity;
        private BigDecimal price;
        private BigDecimal ceiling;
        private BigDecimal stopPrice;
        private String stopCondition;

        private Builder() {
        }

        public Builder coin(String v) { coin = v; return this; }
        public Builder currency(String v) { currency = v; return this; }
        public Builder tradeType(String v) { tradeType = v; return this; }
        public Builder type(String v) { type = v; return this; }
        public Builder quantity(BigDecimal v) { quantity = v; return this; }
        public Builder quantity(String v) { return quantity(v == null ? null : new BigDecimal(v)); }
        public Builder price(BigDecimal v) { price = v; return this; }
        public Builder price(String v) { return price(v == null ? null : new BigDecimal(v)); }
        public Builder ceiling(BigDecimal v) { ceiling = v; return this; }
        public Builder ceiling(String v) { return ceiling(v == null ? null : new BigDecimal(v)); }
        public Builder stopPrice(BigDecimal v) { stopPrice = v; return this; }
        public Builder stopPrice(String v) { return stopPrice(v == null ? null : new BigDecimal(v)); }
        public Builder stopCondition(String v) { stopCondition = v; return this; }

        public OrderRequest build() {
            return new OrderRequest(coin, currency, tradeType, type, quantity, price, ceiling, stopPrice,
                    stopCondition);
        }
    }
}
