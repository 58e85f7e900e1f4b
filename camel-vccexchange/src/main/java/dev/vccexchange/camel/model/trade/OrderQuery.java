package dev.vccexchange.camel.model.trade;

/**
 * Filters for {@code orders/open}, {@code orders} (history) and {@code orders/trades}. All optional (null = not
 * sent). {@code startDate}/{@code endDate} are epoch ms; {@code limit} ≤ 1000; {@code hideCanceled} applies to the
 * history only.
 */
public record OrderQuery(Integer page, Integer limit, Long startDate, Long endDate, String coin, String currency,
        String tradeType, Boolean hideCanceled) {

    /** No filters. */
    public static OrderQuery all() {
        return new OrderQuery(null, null, null, null, null, null, null, null);
    }

    public static Builder builder() {
        return new Builder();
    }

    public OrderQuery withPage(Integer newPage) {
        return new OrderQuery(newPage, limit, startDate, endDate, coin, currency, tradeType, hideCanceled);
    }

    /** Mutable builder; not thread-safe. */
    public static final class Builder {
        private Integer page;
        private Integer limit;
        private Long startDate;
        private Long endDate;
        private String coin;
        private String currency;
        private String tradeType;
        private Boolean hideCanceled;

        private Builder() {
        }

        public Builder page(Integer v) { page = v; return this; }
        public Builder limit(Integer v) { limit = v; return this; }
        public Builder startDate(Long v) { startDate = v; return this; }
        public Builder endDate(Long v) { endDate = v; return this; }
        public Builder coin(String v) { coin = v; return this; }
        public Builder currency(String v) { currency = v; return this; }
        public Builder tradeType(String v) { tradeType = v; return this; }
        public Builder hideCanceled(Boolean v) { hideCanceled = v; return this; }

        public OrderQuery build() {
            return new OrderQuery(page, limit, startDate, endDate, coin, currency, tradeType, hideCanceled);
        }
    }
}
