package dev.vccexchange.camel.model.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.vccexchange.camel.model.LenientBooleanDeserializer;
import java.math.BigDecimal;

/** One entry of {@code GET ticker} (keyed {@code BTC_VND} in the map the client returns). No bid/ask. */
public record Ticker(String baseId, String quoteId, BigDecimal lastPrice, BigDecimal maxPrice, BigDecimal minPrice,
        BigDecimal openPrice, BigDecimal baseVolume, BigDecimal quoteVolume,
        @JsonProperty("isFrozen") @JsonDeserialize(using = LenientBooleanDeserializer.class) Boolean isFrozen) {
}
