package dev.vccexchange.simulator.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A trading pair with its exchange_info precision (decimal places) and minimums.
 *
 * @param minAmount minimum notional (price * quantity, or ceiling) in the quote currency
 * @param initialPrice where the simulated market maker starts quoting
 */
public record Market(String coin, String currency, int pricePrecision, int amountPrecision, BigDecimal minQuantity,
        BigDecimal minAmount, BigDecimal initialPrice) {

    public static List<Market> defaults() {
        return List.of(
                new Market("btc", "usdt", 2, 6, new BigDecimal("0.0001"), new BigDecimal("10"), new BigDecimal("60000.00")),
                new Market("eth", "usdt", 2, 5, new BigDecimal("0.001"), new BigDecimal("10"), new BigDecimal("3000.00")),
                new Market("eth", "btc", 6, 4, new BigDecimal("0.001"), new BigDecimal("0.0001"), new BigDecimal("0.050000")));
    }

    /** {@code btcusdt} (exchange_info id). */
    public String id() {
        return coin + currency;
    }

    /** {@code BTC/USDT}. */
    public String symbol() {
        return coin.toUpperCase(Locale.ROOT) + "/" + currency.toUpperCase(Locale.ROOT);
    }

    /** {@code BTC_USDT} (ticker key, trades/orderbook path). */
    public String pair() {
        return coin.toUpperCase(Locale.ROOT) + "_" + currency.toUpperCase(Locale.ROOT);
    }

    public BigDecimal priceStep() {
        return BigDecimal.ONE.movePointLeft(pricePrecision);
    }

    public BigDecimal amountStep() {
        return BigDecimal.ONE.movePointLeft(amountPrecision);
    }
}
