package dev.vccexchange.camel.model.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.vccexchange.camel.model.LenientBooleanDeserializer;
import java.math.BigDecimal;

/**
 * One market of {@code exchange_info}. {@code precision} holds decimal-place counts; {@code basePrecision} /
 * {@code quotePrecision} are step sizes; {@code minimumQuantity}, {@code minimumAmount} (min notional in quote) and
 * {@code limits} give the minimums. The accessors {@link #minQuantity()}, {@link #minPrice()},
 * {@link #minAmount()} pick whichever source is present.
 */
public record SymbolInfo(String id, String symbol, String coin, String currency,
        @JsonProperty("baseId") String baseId, @JsonProperty("quoteId") String quoteId,
        @JsonDeserialize(using = LenientBooleanDeserializer.class) Boolean active,
        BigDecimal basePrecision, BigDecimal quotePrecision, BigDecimal minimumQuantity, BigDecimal minimumAmount,
        Precision precision, Limits limits) {

    /** Decimal places allowed for price, amount (quantity) and cost (ceiling). */
    public record Precision(Integer price, Integer amount, Integer cost) {
    }

    public record Limits(MinMax amount, MinMax price, MinMax cost) {
    }

    public record MinMax(BigDecimal min, BigDecimal max) {
    }

    /** {@code coin/currency} in lower case, e.g. {@code btc/usdt}. */
    public String pairKey() {
        return key(coin, currency);
    }

    public static String key(String coin, String currency) {
        return (coin == null ? "" : coin.toLowerCase(java.util.Locale.ROOT)) + "/"
                + (currency == null ? "" : currency.toLowerCase(java.util.Locale.ROOT));
    }

    public Integer pricePrecision() {
        return precision == null ? null : precision.price();
    }

    public Integer amountPrecision() {
        return precision == null ? null : precision.amount();
    }

    public Integer costPrecision() {
        return precision == null ? null : precision.cost();
    }

    public BigDecimal minQuantity() {
        if (minimumQuantity != null) {
            return minimumQuantity;
        }
        return limits == null || limits.amount() == null ? null : limits.amount().min();
    }

    public BigDecimal minPrice() {
        return limits == null || limits.price() == null ? null : limits.price().min();
    }

    /** Minimum notional (price × quantity, or ceiling) in the quote currency. */
    public BigDecimal minAmount() {
        if (minimumAmount != null) {
            return minimumAmount;
        }
        return limits == null || limits.cost() == null ? null : limits.cost().min();
    }
}
