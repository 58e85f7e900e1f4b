package dev.vccexchange.camel.model.trade;

import java.math.BigDecimal;

/** One of the account's fills ({@code GET orders/trades}). Fee is assumed to be in the quote currency. */
public record MyTrade(String id, String tradeType, String coin, String currency, BigDecimal price,
        BigDecimal quantity, BigDecimal amount, BigDecimal fee, Long createdAt) {
}
