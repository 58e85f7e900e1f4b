package dev.vccexchange.camel.rest;

import dev.vccexchange.camel.error.VccValidationException;
import dev.vccexchange.camel.model.market.ExchangeInfo;
import dev.vccexchange.camel.model.market.SymbolInfo;
import dev.vccexchange.camel.model.trade.OrderRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Local checks of an {@link OrderRequest} before anything is sent. Failures are a {@link VccValidationException}
 * with status 0 and a map keyed by VCC's wire field names ({@code quantity}, {@code price}, {@code stop_price}…).
 * Pure and thread-safe.
 *
 * <p>{@link #checkFields} needs no market data; {@link #checkMarket} adds precision (decimal places) and minimums
 * from {@code exchange_info}. Values with too many decimals are REJECTED, never rounded: rounding would change the
 * order the caller asked for.
 */
public final class OrderValidator {

    static final String OPERATION = "placeOrder";
    private static final Set<String> TRADE_TYPES = Set.of(OrderRequest.BUY, OrderRequest.SELL);
    private static final Set<String> TYPES = Set.of(OrderRequest.LIMIT, OrderRequest.MARKET,
            OrderRequest.CEILING_MARKET);
    private static final Set<String> STOP_CONDITIONS = Set.of(OrderRequest.GE, OrderRequest.LE);

    private OrderValidator() {
    }

    /** Both checks; {@code info} null skips the market checks. Throws on any failure. */
    public static void validate(OrderRequest r, ExchangeInfo info) {
        Map<String, List<String>> errors = checkFields(r);
        if (errors.isEmpty() && info != null) {
            errors = checkMarket(r, info);
        }
        if (!errors.isEmpty()) {
            throw VccValidationException.local(OPERATION, errors);
        }
    }

    /** Field rules that need no market data. */
    public static Map<String, List<String>> checkFields(OrderRequest r) {
        Map<String, List<String>> e = new LinkedHashMap<>();
        if (r == null) {
            add(e, "order", "The order request is required.");
            return e;
        }
        id(e, "coin", r.coin());
        id(e, "currency", r.currency());
        if (r.tradeType() == null) {
            add(e, "trade_type", "The trade type field is required.");
        } else if (!TRADE_TYPES.contains(r.tradeType())) {
            add(e, "trade_type", "The selected trade type is invalid (buy|sell): " + r.tradeType());
        }
        String type = r.type();
        if (type == null) {
            add(e, "type", "The type field is required.");
        } else if (!TYPES.contains(type)) {
            add(e, "type", "The selected type is invalid (limit|market|ceiling_market): " + type);
        } else {
            switch (type) {
                case OrderRequest.LIMIT -> {
                    positive(e, "quantity", r.quantity(), "The quantity field is required when type is limit.");
                    positive(e, "price", r.price(), "The price field is required when type is limit.");
                    absent(e, "ceiling", r.ceiling(), "ceiling is only allowed when type is ceiling_market.");
                }
                case OrderRequest.MARKET -> {
                    positive(e, "quantity", r.quantity(), "The quantity field is required when type is market.");
                    absent(e, "price", r.price(), "price is not allowed when type is market.");
                    absent(e, "ceiling", r.ceiling(), "ceiling is only allowed when type is ceiling_market.");
                }
                default -> {
                    positive(e, "ceiling", r.ceiling(),
                            "The ceiling field is required when type is ceiling_market.");
                    absent(e, "quantity", r.quantity(), "quantity is not allowed when type is ceiling_market.");
                    absent(e, "price", r.price(), "price is not allowed when type is ceiling_market.");
                }
            }
        }
        if (r.isStop()) {
            positive(e, "stop_price", r.stopPrice(), "The stop price must be positive.");
            if (r.stopCondition() == null) {
                add(e, "stop_condition", "The stop condition field is required for a stop order (ge|le).");
            } else if (!STOP_CONDITIONS.contains(r.stopCondition())) {
                add(e, "stop_condition", "The selected stop condition is invalid (ge|le): " + r.stopCondition());
            }
        } else if (r.stopCondition() != null) {
            add(e, "stop_price", "The stop price field is required when stop_condition is set.");
        }
        return e;
    }

    /** Pair known and active, decimal places and minimums from {@code exchange_info}. */
    public static Map<String, List<String>> checkMarket(OrderRequest r, ExchangeInfo info) {
        Map<String, List<String>> e = new LinkedHashMap<>();
        Optional<SymbolInfo> found = info.symbol(r.coin(), r.currency());
        if (found.isEmpty()) {
            add(e, "coin", "Trading pair is invalid: " + r.coin() + "/" + r.currency());
            return e;
        }
        SymbolInfo s = found.get();
        if (Boolean.FALSE.equals(s.active())) {
            add(e, "coin", "Trading pair is offline: " + r.coin() + "/" + r.currency());
        }
        scale(e, "price", r.price(), s.pricePrecision());
        scale(e, "stop_price", r.stopPrice(), s.pricePrecision());
        scale(e, "quantity", r.quantity(), s.amountPrecision());
        scale(e, "ceiling", r.ceiling(), s.costPrecision());
        min(e, "quantity", r.quantity(), s.minQuantity());
        min(e, "price", r.price(), s.minPrice());
        min(e, "stop_price", r.stopPrice(), s.minPrice());
        BigDecimal minAmount = s.minAmount();
        if (minAmount != null) {
            if (r.price() != null && r.quantity() != null) {
                BigDecimal notional = r.price().multiply(r.quantity());
                if (notional.compareTo(minAmount) < 0) {
                    add(e, "quantity", "The order amount " + notional.toPlainString() + " " + r.currency()
                            + " is below the minimum " + minAmount.stripTrailingZeros().toPlainString() + ".");
                }
            }
            min(e, "ceiling", r.ceiling(), minAmount);
        }
        return e;
    }

    /** Decimal places of a value ignoring trailing zeros ({@code 1.500} has 1). */
    static int decimals(BigDecimal v) {
        return Math.max(v.stripTrailingZeros().scale(), 0);
    }

    private static void scale(Map<String, List<String>> e, String field, BigDecimal v, Integer places) {
        if (v != null && places != null && places >= 0 && decimals(v) > places) {
            add(e, field, "The " + field + " " + v.toPlainString() + " has more than " + places
                    + " decimal places.");
        }
    }

    private static void min(Map<String, List<String>> e, String field, BigDecimal v, BigDecimal min) {
        if (v != null && min != null && v.compareTo(min) < 0) {
            add(e, field, "The " + field + " must be at least " + min.stripTrailingZeros().toPlainString() + ".");
        }
    }

    private static void id(Map<String, List<String>> e, String field, String v) {
        if (v == null || v.isEmpty()) {
            add(e, field, "The " + field + " field is required.");
        } else if (!isCurrencyId(v)) {
            add(e, field, "The " + field + " must be a lowercase currency id: " + v);
        }
    }

    /** {@code [a-z0-9]{1,20}}, checked without a regex matcher: this runs twice for every order placed. */
    static boolean isCurrencyId(String v) {
        if (v.isEmpty() || v.length() > 20) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    private static void positive(Map<String, List<String>> e, String field, BigDecimal v, String missing) {
        if (v == null) {
            add(e, field, missing);
        } else if (v.signum() <= 0) {
            add(e, field, "The " + field + " must be greater than 0.");
        }
    }

    private static void absent(Map<String, List<String>> e, String field, Object v, String msg) {
        if (v != null) {
            add(e, field, msg);
        }
    }

    private static void add(Map<String, List<String>> e, String field, String msg) {
        e.computeIfAbsent(field, k -> new ArrayList<>()).add(msg);
    }
}
