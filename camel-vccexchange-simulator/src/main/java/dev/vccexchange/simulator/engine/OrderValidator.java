package dev.vccexchange.simulator.engine;

import java.math.BigDecimal;
import java.util.Map;

/**
 * VCC's {@code POST orders} validation: the first failing rule becomes a 422 {@code errors} entry.
 */
final class OrderValidator {

    record Valid(Market market, Side side, OrderType type, BigDecimal quantity, BigDecimal price, BigDecimal ceiling,
            boolean stop, BigDecimal stopPrice, String stopCondition) {
    }

    private OrderValidator() {
    }

    static Valid validate(MatchingEngine engine, Map<String, String> p) {
        Market m = engine.market(p.get("coin"), p.get("currency"));
        if (m == null) {
            throw EngineException.validation("coin", "Trading pair is invalid");
        }
        String tt = p.get("trade_type");
        Side side = Side.parse(tt);
        if (side == null) {
            throw EngineException.validation("trade_type", blank(tt)
                    ? "The trade type field is required." : "The selected trade type is invalid.");
        }
        String ty = p.get("type");
        OrderType type = OrderType.parse(ty);
        if (type == null) {
            throw EngineException.validation("type", blank(ty)
                    ? "The type field is required." : "The selected type is invalid.");
        }
        BigDecimal price = null;
        if (type == OrderType.LIMIT) {
            price = decimal(p.get("price"), "price", "The price field is required when type is limit.",
                    m.pricePrecision());
        }
        BigDecimal ceiling = null;
        BigDecimal quantity = null;
        if (type == OrderType.CEILING_MARKET) { // buy: quote to spend; sell: quote to receive
            ceiling = decimal(p.get("ceiling"), "ceiling", "The ceiling field is required when type is ceiling_market.",
                    m.pricePrecision());
            if (ceiling.compareTo(m.minAmount()) < 0) {
                throw EngineException.validation("ceiling", "The ceiling must be at least " + Json.dec(m.minAmount()) + ".");
            }
        } else {
            quantity = decimal(p.get("quantity"), "quantity", "The quantity field is required.", m.amountPrecision());
            if (quantity.compareTo(m.minQuantity()) < 0) {
                throw EngineException.validation("quantity",
                        "The quantity must be at least " + Json.dec(m.minQuantity()) + ".");
            }
        }
        if (price != null && price.multiply(quantity).compareTo(m.minAmount()) < 0) {
            throw EngineException.validation("quantity", "The amount must be at least " + Json.dec(m.minAmount())
                    + " " + m.currency() + ".");
        }
        String isStop = p.get("is_stop");
        boolean stop = "1".equals(isStop) || "true".equalsIgnoreCase(isStop);
        BigDecimal stopPrice = null;
        String cond = null;
        if (stop) {
            stopPrice = decimal(p.get("stop_price"), "stop_price", "The stop price field is required when is stop is 1.",
                    m.pricePrecision());
            cond = p.get("stop_condition");
            if (!"ge".equals(cond) && !"le".equals(cond)) {
                throw EngineException.validation("stop_condition", blank(cond)
                        ? "The stop condition field is required when is stop is 1." : "The selected stop condition is invalid.");
            }
        }
        return new Valid(m, side, type, quantity, price, ceiling, stop, stopPrice, cond);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static BigDecimal decimal(String raw, String field, String requiredMessage, int precision) {
        if (blank(raw)) {
            throw EngineException.validation(field, requiredMessage);
        }
        BigDecimal d;
        try {
            d = new BigDecimal(raw.trim());
        } catch (NumberFormatException e) {
            throw EngineException.validation(field, "The " + field.replace('_', ' ') + " must be a number.");
        }
        if (d.signum() <= 0) {
            throw EngineException.validation(field, "The " + field.replace('_', ' ') + " must be greater than 0.");
        }
        if (Math.max(0, d.stripTrailingZeros().scale()) > precision) {
            throw EngineException.validation(field, "The " + field.replace('_', ' ') + " may not have more than "
                    + precision + " decimal places.");
        }
        return d;
    }
}
