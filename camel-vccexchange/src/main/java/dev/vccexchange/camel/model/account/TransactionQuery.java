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
}
