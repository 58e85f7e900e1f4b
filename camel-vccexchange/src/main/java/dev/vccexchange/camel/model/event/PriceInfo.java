package dev.vccexchange.camel.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** One pair's price in {@code PricesUpdated}. {@code createdAt} is epoch ms. */
public record PriceInfo(String coin, String currency, BigDecimal price, BigDecimal previousPrice, BigDecimal change,
        @JsonProperty("last_24h_price") BigDecimal last24hPrice, BigDecimal volume, Long createdAt) {
}
