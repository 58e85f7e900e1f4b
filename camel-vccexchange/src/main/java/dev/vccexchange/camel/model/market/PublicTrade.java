package dev.vccexchange.camel.model.market;

import java.math.BigDecimal;

/** {@code GET trades/{pair}}: one public trade; {@code type} is the taker side ({@code buy|sell}). */
public record PublicTrade(String tradeId, BigDecimal price, BigDecimal baseVolume, BigDecimal quoteVolume,
        Long tradeTimestamp, String type) {
}
