package dev.vccexchange.simulator.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * 24 h statistics of a market from its tape (newest-first list).
 *
 * @param open first price of the window, null without trades
 */
public record MarketStats(BigDecimal last, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal baseVolume,
        BigDecimal quoteVolume) {

    public static final long DAY_MS = 86_400_000L;

    static MarketStats of(List<Trade> tapeOldestFirst, BigDecimal lastPrice, long now) {
        BigDecimal open = null, high = null, low = null, base = BigDecimal.ZERO, quote = BigDecimal.ZERO;
        for (Trade t : tapeOldestFirst) {
            if (t.timestamp() < now - DAY_MS) {
                continue;
            }
            if (open == null) {
                open = t.price();
            }
            high = high == null ? t.price() : high.max(t.price());
            low = low == null ? t.price() : low.min(t.price());
            base = base.add(t.quantity());
            quote = quote.add(t.amount());
        }
        return new MarketStats(lastPrice, open, high, low, base, quote);
    }
}
