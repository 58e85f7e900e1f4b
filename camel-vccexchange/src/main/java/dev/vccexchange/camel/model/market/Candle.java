package dev.vccexchange.camel.model.market;

import java.math.BigDecimal;

/** One bar of {@code GET chart/bars}; {@code time}, {@code openingTime}, {@code closingTime} are epoch ms. */
public record Candle(Long time, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
        BigDecimal volume, Long openingTime, Long closingTime) {
}
