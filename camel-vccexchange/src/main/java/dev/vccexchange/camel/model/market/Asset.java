package dev.vccexchange.camel.model.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.vccexchange.camel.model.LenientBooleanDeserializer;
import java.math.BigDecimal;

/** One entry of {@code GET assets} (keyed by upper-case code, e.g. {@code BTC}, in the map the client returns). */
public record Asset(String name, String unifiedCryptoassetId,
        @JsonDeserialize(using = LenientBooleanDeserializer.class) Boolean canWithdraw,
        @JsonDeserialize(using = LenientBooleanDeserializer.class) Boolean canDeposit,
        BigDecimal minWithdraw, BigDecimal maxWithdraw, BigDecimal makerFee, BigDecimal takerFee,
        @JsonProperty("decimal") Integer decimals, BigDecimal withdrawalFee) {
}
