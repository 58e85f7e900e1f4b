package dev.vccexchange.camel.model.trade;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.vccexchange.camel.model.LenientBooleanDeserializer;
import java.math.BigDecimal;

/**
 * An order as VCC returns it (create echo, GET, lists, cancel-all, socket {@code OrderChanged}). Every field may be
 * null: the create echo, the GET object and the socket object each carry a different subset. Times are epoch ms.
 * {@code status} is one of {@link OrderStatus}.
 */
public record Order(
        String id,
        String userId,
        String coin,
        String currency,
        String tradeType,
        String type,
        BigDecimal quantity,
        BigDecimal price,
        BigDecimal ceiling,
        BigDecimal executedQuantity,
        BigDecimal executedPrice,
        BigDecimal fee,
        String status,
        @JsonProperty("is_stop") @JsonDeserialize(using = LenientBooleanDeserializer.class) Boolean isStop,
        BigDecimal stopPrice,
        String stopCondition,
        Long createdAt,
        Long updatedAt) {

    /** True for {@code pending}, {@code stopping} and {@code executing}: the order can still trade. */
    public boolean isOpen() {
        return OrderStatus.isOpen(status);
    }
}
