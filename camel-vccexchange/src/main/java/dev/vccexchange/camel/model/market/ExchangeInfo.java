package dev.vccexchange.camel.model.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/** {@code GET exchange_info}: server time (epoch ms) and the markets. */
public record ExchangeInfo(String timezone, @JsonProperty("serverTime") Long serverTime, List<SymbolInfo> symbols) {

    public ExchangeInfo {
        symbols = symbols == null ? List.of()
                : List.copyOf(symbols.stream().filter(java.util.Objects::nonNull).toList());
    }

    /** The market for a coin/currency pair (case-insensitive). */
    public Optional<SymbolInfo> symbol(String coin, String currency) {
        // Runs twice per order placed: compare in place rather than build a key string per market.
        for (SymbolInfo s : symbols) {
            if (sameIgnoringCase(coin, s.coin()) && sameIgnoringCase(currency, s.currency())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static boolean sameIgnoringCase(String a, String b) {
        return (a == null ? "" : a).equalsIgnoreCase(b == null ? "" : b);
    }
}
