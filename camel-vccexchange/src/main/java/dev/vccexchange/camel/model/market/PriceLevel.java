package dev.vccexchange.camel.model.market;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** One order-book level. VCC sends {@code ["price","quantity"]}; an object {@code {price, quantity}} is accepted too. */
public record PriceLevel(BigDecimal price, BigDecimal quantity) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PriceLevel of(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return new PriceLevel(decimal(node.get(0)), decimal(node.get(1)));
        }
        if (node.isObject()) {
            return new PriceLevel(decimal(node.get("price")), decimal(node.get("quantity")));
        }
        throw new IllegalArgumentException("order-book level must be an array or an object, was " + node.getNodeType());
    }

    static BigDecimal decimal(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        String s = n.asText().trim();
        return s.isEmpty() ? null : new BigDecimal(s);
    }
}
