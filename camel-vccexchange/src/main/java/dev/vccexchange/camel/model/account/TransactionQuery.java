package dev.vccexchange.camel.model.account;

/**
 * Filters for {@code GET transactions}: {@code type} = {@code deposit|withdraw}, {@code currency} (lowercase id),
 * {@code limit} ≤ 1000, {@code start}/{@code end} (sent as given; VCC's unit is unclear, ccxt sends ms), page.
 */
public record TransactionQuery(String type, String currency, Integer limit, Long start, Long end, Integer page) {

    public static TransactionQuery all() {
        return new TransactionQuery(null, null, null, null, null, null);
    }

    public TransactionQuery withPage(Integer newPage) {
        return new TransactionQuery(type, currency, limit, start, end, newPage);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder; not thread-safe. */
    public static final class Builder {
        private String type;
        private String currency;
        private Integer limit;
        private Long start;
        private Long end;
        private Integer page;

        private Builder() {
        }

        public Builder type(String v) { type = v; return this; }
        public Builder currency(String v) { currency = v; return this; }
        public Builder limit(Integer v) { limit = v; return this; }
        public Builder start(Long v) { start = v; return this; }
        public Builder end(Long v) { end = v; return this; }
        public Builder page(Integer v) { page = v; return this; }

        public TransactionQuery build() {
            return new TransactionQuery(type, currency, limit, start, end, page);
        }
    }
}
